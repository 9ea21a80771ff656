package jgym.env;

/** Ends an episode as truncated once it has taken {@code maxTurns} actions without finishing. */
public final class TurnLimit extends EnvWrapper {
    private final int maxTurns;
    private int turns;

    public TurnLimit(Env env, int maxTurns) {
        super(env);
        if (maxTurns < 1) throw new IllegalArgumentException("maxTurns must be >= 1, got " + maxTurns);
        this.maxTurns = maxTurns;
    }

    @Override
    public Observation reset(long seed) {
        turns = 0;
        return env.reset(seed);
    }

    @Override
    public Observation reset() {
        turns = 0;
        return env.reset();
    }

    @Override
    public Observation reset(Task task) {
        turns = 0;
        return env.reset(task);
    }

    @Override
    public Step step(String action) {
        Step s = env.step(action);
        turns++;
        if (!s.done() && turns >= maxTurns) {
            return new Step(s.observation(), s.reward(), false, true);
        }
        return s;
    }
}
