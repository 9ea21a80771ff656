package jgym.sandbox;

import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunnerProvider;
import jgym.env.code.RunnerConfig;

/** The sandbox's {@link CodeRunnerProvider}: in-process GraalVM runners, worker-process runners, or an HTTP client. */
public final class GraalCodeRunnerProvider implements CodeRunnerProvider {
    @Override
    public CodeRunner create(RunnerConfig config) {
        if (config == null) throw new IllegalArgumentException("config must not be null");
        return switch (config.backend()) {
            case IN_PROCESS -> new GraalRunner(config.isolation(), config.concurrency());
            case WORKER -> new WorkerRunner(config.isolation(), config.concurrency(), config.workerHeapBytes());
            case HTTP -> new SandboxFusionRunner(config.endpoint(), config.concurrency(), jgym.env.Seeds.DEFAULT);
        };
    }
}
