package jgym.rewards.code;

import java.util.Objects;
import jgym.env.Gold;
import jgym.env.Seeds;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;

/**
 * Builds the program that runs one test of a solution, and reads its outcome as a {@link Verdict}.
 *
 * <p>Each test gets a program of its own: a guard that snapshots the interpreter's builtins, the gold's setup, the
 * solution, a call that restores what the solution may have patched and checks what the entry point returns
 * ({@link #PYTHON_GUARD}), the one test, then a line that prints a sentinel. A test passes only when the run completes
 * and its output ends with that sentinel, so a solution that raises, calls {@code sys.exit} or {@code os._exit},
 * raises {@code SystemExit}, rebinds builtins ({@code set}, {@code sorted}, {@code print}), installs a trace hook that
 * jumps over the assertion, or returns an object that claims to equal anything never passes: the sentinel is printed
 * only by code placed after the assertion, which runs only if the assertion did. The sentinel is derived from the
 * solution and the test, so the same pair always gives the same program.
 *
 * <p>Line endings are normalised to {@code \n} (real data such as MBPP uses {@code \r\n}). What this does not defend
 * against: code written against this harness's internals (reading its code to print the sentinel, or rebinding
 * {@code __jgym_restore}), and an "always equal" object reached some other way than the entry point's return value
 * (yielded by a generator, or returned by a helper the test calls); the sandbox limits what such code can reach, not
 * what it can compare.
 *
 * @param limits the limits each test's program runs under; never null
 */
public record TestHarness(Limits limits) {

    /** Longest error detail kept in a verdict, in characters. */
    public static final int MAX_DETAIL = 300;

    /**
     * Python run before the setup: snapshots the builtins, {@code sys.stdout}/{@code sys.stderr} and the module's
     * globals, and defines {@code __jgym_restore(names, entry)}, which the program calls between the solution and the
     * test. It puts every builtin back, removes builtins the solution added, deletes module globals that shadow a builtin
     * the test names (so {@code set = lambda *a: 0} cannot make {@code assert set(f(x)) == set(y)} pass), restores the
     * output streams, and turns off trace and profile hooks (a trace function can jump over the assertion line). It
     * also wraps the entry-point function so that a result whose class this program defines with its own comparison,
     * truth value, length or membership ({@code __eq__}, {@code __ne__}, {@code __lt__}, {@code __le__}, {@code __gt__},
     * {@code __ge__}, {@code __bool__}, {@code __len__}, {@code __contains__}), directly or inside lists, tuples, sets
     * and dicts up to four levels deep, raises {@code TypeError}: the "always equal" object cannot pass an assertion.
     * It holds what it needs in closure variables and reads types through {@code type}'s own descriptors, so rebinding
     * builtins, {@code sys} attributes or metaclass properties does not reach it. The price: a solution that defines its
     * own function under the name of a builtin the test also calls (say {@code sorted}) loses that definition before
     * the test runs, and one whose entry point returns an instance of its own class with such methods fails (library
     * classes such as {@code collections.Counter} or {@code fractions.Fraction} are fine).
     */
    static final String PYTHON_GUARD = """
            def __jgym_guard(g):
                import builtins, sys
                d = builtins.__dict__
                saved = d.copy()
                out, err = sys.stdout, sys.stderr
                settrace, setprofile = sys.settrace, sys.setprofile
                getframe = getattr(sys, "_getframe", None)
                keys, typeof, TypeErr, issub = list, type, TypeError, issubclass
                function = typeof(lambda: 0)
                def reader(name):
                    descriptor = typeof.__dict__.get(name)
                    get = getattr(descriptor, "__get__", None)
                    return (lambda c: get(c, typeof)) if get is not None else (lambda c: getattr(c, name))
                flags_of, dict_of, mro_of = reader("__flags__"), reader("__dict__"), reader("__mro__")
                compared = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__", "__len__", "__contains__")
                walks = ((dict, dict.items), (list, list.__iter__), (tuple, tuple.__iter__), (set, set.__iter__),
                         (frozenset, frozenset.__iter__))
                here = (lambda: 0).__code__.co_filename
                program = g.get("__name__")
                def defined_here(c, m):
                    # a method written in this program, or a non-function (int.__ne__, a partial) put on a class of it;
                    # library classes such as collections.Counter or fractions.Fraction keep their own comparisons
                    if typeof(m) is function:
                        return m.__code__.co_filename == here
                    return dict_of(c).get("__module__") == program
                def suspect(v, depth, budget):
                    t = typeof(v)
                    for c in mro_of(t):
                        if flags_of(c) & 512:
                            own = dict_of(c)
                            for n in compared:
                                if n in own and defined_here(c, own[n]):
                                    return t.__name__
                    if depth >= 4:
                        return None
                    for base, walk in walks:
                        if issub(t, base):
                            for x in walk(v):
                                budget[0] -= 1
                                if budget[0] < 0:
                                    return None
                                found = suspect(x, depth + 1, budget)
                                if found is not None:
                                    return found
                            return None
                    return None
                def wrap(f, entry):
                    def checked(*args, **kwargs):
                        # recursive calls inside f reach f itself, so the check costs no stack depth
                        g[entry] = f
                        try:
                            r = f(*args, **kwargs)
                        finally:
                            g[entry] = checked
                        bad = suspect(r, 0, [10000])
                        if bad is not None:
                            raise TypeErr(entry + "() returned a " + bad + ", a class with its own comparison or truth value")
                        return r
                    return checked
                def restore(names, entry):
                    for k in keys(d):
                        if k not in saved:
                            del d[k]
                    d.update(saved)
                    for n in names:
                        if n in saved and n in g:
                            del g[n]
                    f = g.get(entry)
                    if typeof(f) is function:
                        g[entry] = wrap(f, entry)
                    sys.stdout, sys.stderr = out, err
                    settrace(None)
                    setprofile(None)
                    if getframe is not None:
                        getframe(1).f_trace = None
                return restore
            __jgym_restore = __jgym_guard(globals())
            del __jgym_guard
            """;

    public TestHarness {
        Objects.requireNonNull(limits, "limits");
    }

    /** A program running test {@code index} of {@code gold} against {@code solution}. */
    public Program program(Language language, Gold.Tests gold, String solution, int index) {
        Objects.requireNonNull(solution, "solution");
        if (index < 0 || index >= gold.tests().size()) {
            throw new IllegalArgumentException("index must be in [0, " + gold.tests().size() + "), got " + index);
        }
        String test = gold.tests().get(index);
        String sentinel = sentinel(solution, test, index);
        var src = new StringBuilder(gold.setup().length() + solution.length() + test.length() + 1024);
        if (language == Language.PYTHON) src.append(PYTHON_GUARD);
        if (!gold.setup().isBlank()) src.append(normalise(gold.setup())).append('\n');
        src.append(normalise(solution)).append('\n');
        if (language == Language.PYTHON) {
            src.append("__jgym_restore(").append(pythonNames(test, gold.entryPoint())).append(", \"")
                    .append(gold.entryPoint().matches("[A-Za-z_][A-Za-z0-9_]*") ? gold.entryPoint() : "").append("\")\n");
        }
        src.append(normalise(test)).append('\n');
        src.append(switch (language) {
            case PYTHON -> "print(\"" + sentinel + "\")\n";
            case JAVASCRIPT -> "console.log(\"" + sentinel + "\");\n";
        });
        return new Program(language, src.toString(), "", limits);
    }

    /** The verdict of test {@code index} from the outcome of {@link #program}. */
    public Verdict verdict(Gold.Tests gold, String solution, int index, Outcome outcome) {
        if (outcome instanceof Outcome.Completed c) {
            return reachedEnd(c.stdout(), sentinel(solution, gold.tests().get(index), index)) ? Verdict.PASSED : Verdict.EXITED_EARLY;
        }
        if (outcome instanceof Outcome.Failed f) return failure(f.errorType());
        if (outcome instanceof Outcome.TimedOut) return Verdict.TIMED_OUT;
        if (outcome instanceof Outcome.LimitExceeded) return Verdict.LIMIT_EXCEEDED;
        return Verdict.DENIED;
    }

    /** The test case record for test {@code index}: its verdict with a readable detail. */
    public TestCase testCase(Gold.Tests gold, String solution, int index, Outcome outcome) {
        Verdict v = verdict(gold, solution, index, outcome);
        String detail;
        if (outcome instanceof Outcome.Completed) {
            detail = v.passed() ? "" : "the program ended before the end of the test";
        } else if (outcome instanceof Outcome.Failed f) {
            String message = Objects.toString(f.message(), "");
            detail = f.errorType() + (message.isBlank() ? "" : ": " + message);
        } else if (outcome instanceof Outcome.TimedOut t) {
            detail = "no result within " + t.limit().toMillis() + " ms";
        } else if (outcome instanceof Outcome.LimitExceeded l) {
            detail = l.resource().name().toLowerCase(java.util.Locale.ROOT) + " limit: " + l.detail();
        } else {
            Outcome.Denied d = (Outcome.Denied) outcome;
            detail = d.operation().name().toLowerCase(java.util.Locale.ROOT) + " denied: " + d.message();
        }
        return new TestCase(index, gold.tests().get(index), v, clip(detail), outcome.elapsed());
    }

    /** The identifiers in {@code test} other than keywords, attributes and {@code entryPoint}, as a Python tuple of strings. */
    static String pythonNames(String test, String entryPoint) {
        var names = new java.util.TreeSet<String>();
        var m = IDENTIFIER.matcher(test);
        while (m.find()) {
            String n = m.group();
            if (!n.equals(entryPoint) && !n.startsWith("__jgym") && !KEYWORDS.contains(n)) names.add(n);
        }
        var b = new StringBuilder("(");
        for (String n : names) b.append('"').append(n).append("\", ");
        return b.append(')').toString();
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("(?<![\\w.])[A-Za-z_][A-Za-z0-9_]*");

    private static Verdict failure(String errorType) {
        String t = errorType == null ? "" : errorType;
        String simple = t.substring(t.lastIndexOf('.') + 1);
        return switch (simple) {
            case "AssertionError" -> Verdict.ASSERTION_FAILED;
            case "SystemExit", "KeyboardInterrupt" -> Verdict.EXITED_EARLY;
            default -> Verdict.RAISED;
        };
    }

    private static boolean reachedEnd(String stdout, String sentinel) {
        return stdout.stripTrailing().endsWith(sentinel);
    }

    /**
     * The end-of-test marker for this solution and test: a fixed prefix and 16 hex digits mixed from both texts'
     * hashes and the index, so a solution cannot print it by knowing the prefix alone.
     */
    static String sentinel(String solution, String test, int index) {
        long h = Seeds.mix(((long) solution.hashCode() << 32) ^ (test.hashCode() & 0xffffffffL), index);
        return "__jgym_test_end_" + String.format("%016x", h);
    }

    /** {@code text} with {@code \r\n} and lone {@code \r} turned into {@code \n}. */
    static String normalise(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String clip(String s) {
        String one = s.strip();
        return one.length() <= MAX_DETAIL ? one : one.substring(0, MAX_DETAIL) + "...";
    }
}
