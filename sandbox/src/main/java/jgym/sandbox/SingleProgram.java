package jgym.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.code.Language;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.Trial;

/**
 * One test of a {@link Trial} as a single program (setup, solution, test, then a line that prints an end-of-test
 * sentinel), for the tests that cannot be split into a candidate side and a trusted side, and for runners that run
 * whole programs only (a SandboxFusion service). The test passes only when the program completes and its output ends
 * with the sentinel, which is 128 random bits drawn for each run: a solution cannot print it, and one that exits early
 * or raises never reaches it. Python programs also get {@code guard.py}. This shares a heap with the candidate, so it
 * is weaker than a split trial: the README says which rows take this path.
 */
final class SingleProgram {
    private SingleProgram() {}

    private static final String GUARD = Engines.resource("guard.py");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** Runs test {@code index} of {@code trial} as one program through {@code runner}. */
    static Outcome run(Trial trial, int index, Function<Program, Outcome> runner) {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String sentinel = "__jgym_end_" + HexFormat.of().formatHex(bits);
        Outcome o = runner.apply(program(trial, index, sentinel));
        if (o instanceof Outcome.Completed c) {
            String out = c.stdout().stripTrailing();
            if (out.endsWith(sentinel)) {
                return new Outcome.Completed(out.substring(0, out.length() - sentinel.length()), c.stderr(), "", c.elapsed());
            }
            return new Outcome.Failed("SystemExit", "the program ended before the end of the test", "", c.stdout(), c.stderr(), c.elapsed());
        }
        return o;
    }

    /** Runs test {@code index} of {@code trial} as one program in a fresh context of this JVM. */
    static Outcome run(Trial trial, int index) {
        return run(trial, index, GraalRunner::runFresh);
    }

    static Program program(Trial trial, int index, String sentinel) {
        String test = trial.tests().get(index);
        var src = new StringBuilder(trial.setup().length() + trial.solution().length() + test.length() + 4096);
        boolean python = trial.language() == Language.PYTHON;
        if (python) src.append(GUARD).append('\n');
        if (!trial.setup().isBlank()) src.append(trial.setup()).append('\n');
        src.append(trial.solution()).append('\n');
        if (python) src.append("__jgym_restore(").append(names(test, trial.entryPoint())).append(", \"").append(trial.entryPoint()).append("\")\n");
        src.append(test).append('\n');
        src.append(python ? "print(\"" + sentinel + "\")\n" : "console.log(\"" + sentinel + "\");\n");
        return new Program(trial.language(), src.toString(), "", trial.limits());
    }

    /** The identifiers in {@code test} other than keywords and {@code entry}, as a Python tuple of strings. */
    static String names(String test, String entry) {
        var names = new TreeSet<String>();
        Matcher m = IDENTIFIER.matcher(test);
        while (m.find()) {
            String n = m.group();
            if (!n.equals(entry) && !n.startsWith("__jgym") && !KEYWORDS.contains(n)) names.add(n);
        }
        var b = new StringBuilder("(");
        for (String n : names) b.append('"').append(n).append("\", ");
        return b.append(')').toString();
    }
}
