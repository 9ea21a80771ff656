package jgym.env.code;

import java.util.Objects;
import java.util.ServiceLoader;
import jgym.env.GymException;

/**
 * Entry point to the sandbox for modules that must not depend on GraalVM at compile time: finds the
 * {@link CodeRunnerProvider} on the classpath and hands out runners.
 */
public final class CodeRunners {
    private CodeRunners() {}

    private static final Object LOCK = new Object();
    private static volatile CodeRunner shared;

    /**
     * The process-wide runner, created on first use from {@link RunnerConfig#fromEnvironment()} (worker processes by
     * default) and closed at JVM shutdown. Never null; callers must not close it.
     *
     * @throws GymException if no sandbox implementation is on the classpath
     */
    public static CodeRunner shared() {
        CodeRunner r = shared;
        if (r != null) return r;
        synchronized (LOCK) {
            if (shared == null) {
                CodeRunner created = create(RunnerConfig.fromEnvironment());
                Runtime.getRuntime().addShutdownHook(new Thread(created::close, "jgym-sandbox-shutdown"));
                shared = new Unclosable(created);
            }
            return shared;
        }
    }

    /**
     * A new runner for {@code config}; the caller owns it and must close it.
     *
     * @throws GymException if no sandbox implementation is on the classpath
     */
    public static CodeRunner create(RunnerConfig config) {
        Objects.requireNonNull(config, "config");
        for (CodeRunnerProvider p : ServiceLoader.load(CodeRunnerProvider.class, CodeRunners.class.getClassLoader())) {
            return p.create(config);
        }
        throw new GymException("no code runner found: add jgym-sandbox to the classpath "
                + "(it registers a jgym.env.code.CodeRunnerProvider through META-INF/services)");
    }

    /** The shared runner as handed out: close() is a no-op so that one caller cannot close it for all. */
    private record Unclosable(CodeRunner delegate) implements CodeRunner {
        @Override
        public Outcome run(Program program) {
            return delegate.run(program);
        }

        @Override
        public java.util.List<Outcome> trial(Trial trial) {
            return delegate.trial(trial);
        }

        @Override
        public void close() {
            // the shutdown hook closes the delegate
        }
    }
}
