package jgym.env.code;

/**
 * A factory for {@link CodeRunner}s found through {@link java.util.ServiceLoader}; the sandbox module registers one in
 * {@code META-INF/services/jgym.env.code.CodeRunnerProvider}, so that other modules need no compile-time dependency on it.
 */
public interface CodeRunnerProvider {
    /**
     * Creates a runner for {@code config}; the caller owns it and must close it.
     *
     * @throws IllegalArgumentException if this provider cannot serve {@code config}
     */
    CodeRunner create(RunnerConfig config);
}
