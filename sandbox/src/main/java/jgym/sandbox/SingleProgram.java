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
 * One test of a {@link Trial} run as one program with the candidate, for a runner that runs whole programs only (a
 * SandboxFusion service): the setup, the solution, {@code guard.py}'s restore step, the test, and a 128-bit random end
 * sentinel; the test passes when the output ends with it. The program shares a heap with the candidate, so this is
 * weaker than a split trial ({@link TrialRun}, which every runner of this JVM uses): the sandbox README says what
 * still reaches the test here.
 */
final class SingleProgram {
    private SingleProgram() {}

    private static final String GUARD = Engines.resource("guard.py");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

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
        if (python) src.append(GUARD).append("\n__jgym_restore = __jgym_guard()\ndel __jgym_guard\n");
        if (!trial.setup().isBlank()) src.append(trial.setup()).append('\n');
        src.append(trial.solution()).append('\n');
        if (python) {
            src.append("__jgym_restore(\"").append(String.join(",", names(test, trial.entryPoint()))).append("\", \"")
                    .append(trial.entryPoint()).append("\", \"").append(String.join(",", trial.sharedClasses())).append("\")\n");
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
