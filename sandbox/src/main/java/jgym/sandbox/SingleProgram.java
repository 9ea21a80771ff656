package jgym.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.Trial;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One test of a {@link Trial} run in one context with the candidate, for the tests that cannot be split into a
 * candidate side and a trusted side (they build objects of the solution's own classes, see
 * {@link Trial#sharedClasses()}, or hand the candidate a value that is not plain data).
 *
 * <p>In this JVM ({@link #run(Trial, int)}) the host drives it in a fresh context: it evaluates {@code guard.py} and
 * keeps the restore function and {@code marshal}'s functions it returns (nothing in the program's reach holds them),
 * evaluates the setup and the solution, calls restore (builtins back, shadowing globals removed, trace hooks off, a class
 * of the program that the test uses and that has its own comparison refused), replaces every function the test calls
 * with a host proxy that passes its result through that {@code marshal} (only exact plain data reaches the test), and
 * evaluates the test. The test passes when that evaluation returns and no proxy refused a result.
 *
 * <p>For a runner that runs whole programs only (a SandboxFusion service, {@link #run(Trial, int, Function)}) the test is
 * one program that prints a 128-bit random end sentinel after the test; it passes when the output ends with it. Both
 * share a heap with the candidate, so they are weaker than a split trial: the sandbox README says which rows take them.
 */
final class SingleProgram {
    private SingleProgram() {}

    private static final String GUARD = Engines.resource("guard.py");
    private static final Source GUARD_SOURCE = Source.newBuilder("python", GUARD, "jgym_guard.py").buildLiteral();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** Runs test {@code index} of {@code trial} as one program in a fresh context of this JVM, driven by the host. */
    static Outcome run(Trial trial, int index) {
        Limits limits = trial.limits();
        RunIo io = new RunIo("", limits.maxOutputBytes());
        GuestStreams streams = new GuestStreams();
        streams.attach(io);
        Context ctx;
        try {
            ctx = Engines.newContext(trial.language(), streams);
        } catch (PolyglotException | IllegalArgumentException | IllegalStateException e) {
            return new Outcome.Failed("SandboxError", "could not create a " + trial.language().id() + " context", "", "", "", java.time.Duration.ZERO);
        }
        long start = System.nanoTime();
        Guard guard = new Guard(ctx, io, start, limits.wallTime().toNanos(), limits.cpuTime().toNanos(), limits.maxMemoryBytes());
        Watchdog.get().watch(guard);
        AtomicReference<Outcome> refused = new AtomicReference<>();
        try {
            String id = trial.language().id();
            boolean python = trial.language() == Language.PYTHON;
            Value restore = null;
            Value dumps = null;
            Value loads = null;
            if (python) {
                ctx.eval(GUARD_SOURCE);
                Value bindings = ctx.getBindings("python");
                Value make = bindings.getMember("__jgym_guard");
                bindings.removeMember("__jgym_guard");
                Value parts = make.execute();
                restore = parts.getArrayElement(0);
                dumps = parts.getArrayElement(1);
                loads = parts.getArrayElement(2);
            }
            String program = trial.setup().isBlank() ? trial.solution() : trial.setup() + "\n" + trial.solution();
            ctx.eval(Source.newBuilder(id, program, GraalRunner.mainName(trial.language())).buildLiteral());
            String test = trial.tests().get(index);
            if (python) {
                String names = String.join(",", names(test, trial.entryPoint()));
                // restore answers with the program's functions among the test's names (and the entry point)
                String functions = restore.execute(names, trial.entryPoint()).asString();
                Value bindings = ctx.getBindings("python");
                for (String n : functions.split(",")) {
                    if (!n.isEmpty()) bindings.putMember(n, plainResults(n, bindings.getMember(n), dumps, loads, refused));
                }
            }
            ctx.eval(Source.newBuilder(id, test, python ? "test.py" : "test.js").buildLiteral());
            GraalRunner.flushPython(ctx, trial.language());
            if (refused.get() != null) {
                Watchdog.get().unwatch(guard);
                Outcome r = refused.get();
                return new Outcome.Failed("TypeError", ((Outcome.Failed) r).message(), "", io.stdout(), io.stderr(), GraalRunner.since(start));
            }
            return GraalRunner.finish(guard, io, limits, "", start);
        } catch (PolyglotException e) {
            Watchdog.get().unwatch(guard);
            Outcome r = refused.get();
            if (r != null && guard.stopReason() == null) {
                return new Outcome.Failed("TypeError", ((Outcome.Failed) r).message(), "", io.stdout(), io.stderr(), GraalRunner.since(start));
            }
            return GuestErrors.map(e, trial.language(), guard, io, limits.wallTime(), GraalRunner.since(start));
        } catch (IllegalStateException e) {
            Watchdog.get().unwatch(guard);
            return GuestErrors.stoppedOutcome(guard.stopReason(), limits.wallTime(), io.stdout(), io.stderr(), GraalRunner.since(start));
        } finally {
            Watchdog.get().unwatch(guard);
            streams.attach(null);
            try {
                ctx.close(true);
            } catch (RuntimeException ignored) {
                // already closed by the watchdog
            }
        }
    }

    /** {@code f} behind a host proxy that lets only exact plain data (what {@code dumps} accepts) reach the test. */
    private static ProxyExecutable plainResults(String name, Value f, Value dumps, Value loads, AtomicReference<Outcome> refused) {
        return args -> {
            Value r = f.execute((Object[]) args);
            Value bytes;
            try {
                bytes = dumps.execute(r);
            } catch (PolyglotException e) {
                String type = r.getMetaObject() == null ? "value" : r.getMetaObject().getMetaSimpleName();
                Outcome o = new Outcome.Failed("TypeError", name + "() returned a " + type + ", not plain data", "", "", "", java.time.Duration.ZERO);
                refused.compareAndSet(null, o);
                throw new IllegalStateException(name + "() returned a value that is not plain data");
            }
            return loads.execute(bytes);
        };
    }

    /** Runs test {@code index} of {@code trial} as one program through {@code runner}, ended by a random sentinel. */
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

    static Program program(Trial trial, int index, String sentinel) {
        String test = trial.tests().get(index);
        var src = new StringBuilder(trial.setup().length() + trial.solution().length() + test.length() + 4096);
        boolean python = trial.language() == Language.PYTHON;
        if (python) src.append(GUARD).append("\n__jgym_restore = __jgym_guard()[0]\ndel __jgym_guard\n");
        if (!trial.setup().isBlank()) src.append(trial.setup()).append('\n');
        src.append(trial.solution()).append('\n');
        if (python) {
            src.append("__jgym_restore(\"").append(String.join(",", names(test, trial.entryPoint()))).append("\", \"")
                    .append(trial.entryPoint()).append("\")\n");
        }
        src.append(test).append('\n');
        src.append(python ? "print(\"" + sentinel + "\")\n" : "console.log(\"" + sentinel + "\");\n");
        return new Program(trial.language(), src.toString(), "", trial.limits());
    }

    /** The identifiers in {@code test} other than keywords and {@code entry}, in order. */
    static TreeSet<String> names(String test, String entry) {
        var names = new TreeSet<String>();
        Matcher m = IDENTIFIER.matcher(test);
        while (m.find()) {
            String n = m.group();
            if (!n.equals(entry) && !n.startsWith("__jgym") && !KEYWORDS.contains(n)) names.add(n);
        }
        return names;
    }
}
