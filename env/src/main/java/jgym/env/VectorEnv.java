package jgym.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several environments stepped together, one action each: the batch view a trainer samples into.
 * Environment {@code i} is reset with {@code Seeds.mix(seed, i)}, so the batch is reproducible from one seed.
 */
public final class VectorEnv {
    private final List<Env> envs;

    public VectorEnv(List<? extends Env> envs) {
        if (envs.isEmpty()) throw new IllegalArgumentException("envs must not be empty");
        this.envs = List.copyOf(envs);
    }

    public int size() {
        return envs.size();
    }

    /** Resets environment {@code i} with {@code Seeds.mix(seed, i)}. */
    public List<Observation> reset(long seed) {
        var out = new ArrayList<Observation>(envs.size());
        for (int i = 0; i < envs.size(); i++) out.add(envs.get(i).reset(Seeds.mix(seed, i)));
        return out;
    }

    /** Resets every environment from its own generator. */
    public List<Observation> reset() {
        return envs.stream().map(Env::reset).toList();
    }

    /** Steps environment {@code i} with {@code actions.get(i)}. */
    public List<Step> step(List<String> actions) {
        Objects.requireNonNull(actions, "actions");
        if (actions.size() != envs.size()) {
            throw new IllegalArgumentException("actions: expected " + envs.size() + ", got " + actions.size());
        }
        var out = new ArrayList<Step>(envs.size());
        for (int i = 0; i < envs.size(); i++) out.add(envs.get(i).step(actions.get(i)));
        return out;
    }
}
