package jgym.scenarios.code;

import java.time.Duration;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.Limits;
import jgym.env.code.RunnerConfig;
import jgym.rewards.code.CodeExtractor;
import jgym.rewards.code.CodeRubrics;
import jgym.rewards.code.CodeTester;

/** One in-process GraalPy sandbox shared by the tests of this package, closed when the test JVM exits. */
final class Sandbox {
    private Sandbox() {}

    /** Recycled contexts (state restored after each run; the sandbox's own tests prove the isolation): the fast mode. */
    static final CodeRunner RUNNER = CodeRunners.create(RunnerConfig.inProcess(RunnerConfig.Isolation.RECYCLED_CONTEXT, 2));

    /** Per-test limits roomy enough for a loaded machine: 10 s wall, 10 s CPU. */
    static final Limits LIMITS = Limits.defaults().withWallTime(Duration.ofSeconds(10)).withCpuTime(Duration.ofSeconds(10));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RUNNER::close, "sandbox-test-close"));
    }

    /** A tester on the shared runner that takes the last fenced block. */
    static CodeTester tester() {
        return CodeRubrics.tester(() -> RUNNER, CodeExtractor.last(), LIMITS);
    }
}
