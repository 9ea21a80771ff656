package jgym.sandbox;

import java.time.Duration;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;

/**
 * One hostile program and the exact outcome the sandbox must give it.
 *
 * @param name     what the attack tries
 * @param program  the program, with the limits it runs under
 * @param expected the outcome type it must end in
 * @param detail   the {@link Outcome.Operation} for a denial, the {@link Outcome.Resource} for a limit, the error type for a
 *                 failure, or null where the type alone is the expectation
 * @param worker   true if it must run in a worker process (memory bombs: they would fill the test JVM's heap)
 */
record Attack(String name, Program program, Class<? extends Outcome> expected, Object detail, boolean worker) {
    /** Limits for attacks: 2 s wall, 2 s CPU, 16 KiB of output. */
    static final Limits SHORT = new Limits(Duration.ofSeconds(2), Duration.ofSeconds(2), 16 * 1024, 256L << 20);

    static Attack py(String name, String src, Class<? extends Outcome> expected, Object detail) {
        return new Attack(name, new Program(Language.PYTHON, src, "", SHORT), expected, detail, false);
    }

    static Attack js(String name, String src, Class<? extends Outcome> expected, Object detail) {
        return new Attack(name, new Program(Language.JAVASCRIPT, src, "", SHORT), expected, detail, false);
    }

    Attack limits(Limits l) {
        return new Attack(name, program.withLimits(l), expected, detail, worker);
    }

    Attack inWorker() {
        return new Attack(name, program, expected, detail, true);
    }

    @Override
    public String toString() {
        return name;
    }
}
