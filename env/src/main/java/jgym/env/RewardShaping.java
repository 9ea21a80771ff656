package jgym.env;

import java.util.ArrayList;
import java.util.Objects;

/** Adds a shaping term to the reward of every finished episode, reported as its own component. */
public final class RewardShaping extends EnvWrapper {
    private final String name;
    private final double weight;
    private final Reward shaping;

    /**
     * @param name    the component name in the reward breakdown
     * @param weight  the weight of the term in the total
     * @param shaping the reward scoring the episode's final action
     */
    public RewardShaping(Env env, String name, double weight, Reward shaping) {
        super(env);
        this.name = Objects.requireNonNull(name, "name");
        this.weight = weight;
        this.shaping = Objects.requireNonNull(shaping, "shaping");
    }

    @Override
    public Step step(String action) {
        Step s = env.step(action);
        if (!s.done()) return s;
        Score extra = shaping.score(s.observation().task(), action);
        var components = new ArrayList<>(s.reward().components());
        components.add(new RewardResult.Component(name, weight, extra));
        double total = s.reward().total() + weight * extra.valueOr(0.0);
        return new Step(s.observation(), new RewardResult(total, components, s.reward().reason()), s.terminated(), s.truncated());
    }
}
