package jgym.env;

import java.util.Objects;

/** An environment that changes one thing about another; by default it passes everything through. */
public abstract class EnvWrapper implements Env {
    protected final Env env;

    protected EnvWrapper(Env env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    /** The wrapped environment. */
    public Env unwrapped() {
        return env instanceof EnvWrapper w ? w.unwrapped() : env;
    }

    @Override
    public Observation reset(long seed) {
        return env.reset(seed);
    }

    @Override
    public Observation reset() {
        return env.reset();
    }

    @Override
    public Observation reset(Task task) {
        return env.reset(task);
    }

    @Override
    public Step step(String action) {
        return env.step(action);
    }
}
