package jgym.agents.rl4j;

import java.util.Objects;
import java.util.function.Supplier;
import jgym.env.Env;
import jgym.env.Observation;
import jgym.env.RewardResult;
import jgym.env.Seeds;
import jgym.env.Step;
import org.deeplearning4j.gym.StepReply;
import org.deeplearning4j.rl4j.mdp.MDP;
import org.deeplearning4j.rl4j.space.ArrayObservationSpace;
import org.deeplearning4j.rl4j.space.Box;
import org.deeplearning4j.rl4j.space.DiscreteSpace;
import org.deeplearning4j.rl4j.space.ObservationSpace;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Any jgym {@link Env} as an RL4J {@link MDP} with token-level actions: each step writes one character (or stops),
 * the observation is the encoded last characters of prompt plus completion, and the reward arrives once, at the end
 * of the episode, from the env's rubric (the total of its {@link RewardResult}); intermediate steps give 0.
 *
 * <p>The first {@link #reset} reseeds the env with {@code seed}; later ones continue its generator, so a run is
 * reproducible from its seed. The final step's {@link StepReply#getInfo()} is the env's {@link Step}. Single-turn envs
 * only: the episode ends after the env's first step. Not thread-safe; {@link #newInstance} gives an independent copy.
 */
public final class TokenMdp implements MDP<Box, Integer, DiscreteSpace> {
    private final Supplier<? extends Env> envs;
    private final long seed;
    private final TokenMdpConfig config;
    private final Env env;
    private final DiscreteSpace actionSpace;
    private final ArrayObservationSpace<Box> observationSpace;
    private int instances;
    private boolean seeded;
    private String context;
    private final StringBuilder written = new StringBuilder();
    private boolean done = true;
    private Step last;

    /**
     * @param envs makes the env this MDP wraps (called once here and once per {@link #newInstance})
     * @param seed the seed of the env's task stream and of the action space's random actions
     */
    public TokenMdp(Supplier<? extends Env> envs, long seed, TokenMdpConfig config) {
        this.envs = Objects.requireNonNull(envs, "envs");
        this.seed = seed;
        this.config = Objects.requireNonNull(config, "config");
        this.env = Objects.requireNonNull(envs.get(), "envs returned null");
        var rnd = Nd4j.getRandomFactory().getNewRandomInstance(Seeds.mix(seed, -1));
        this.actionSpace = new DiscreteSpace(config.actions().size(), rnd);
        this.observationSpace = new ArrayObservationSpace<>(new int[] {config.encoder().size()});
    }

    @Override
    public ObservationSpace<Box> getObservationSpace() {
        return observationSpace;
    }

    @Override
    public DiscreteSpace getActionSpace() {
        return actionSpace;
    }

    @Override
    public Box reset() {
        Observation first = seeded ? env.reset() : env.reset(seed);
        seeded = true;
        context = first.text();
        written.setLength(0);
        done = false;
        last = null;
        return observe();
    }

    @Override
    public StepReply<Box> step(Integer action) {
        if (done) throw new IllegalStateException("step() called with no running episode: call reset() first");
        int a = Objects.requireNonNull(action, "action");
        boolean stop = config.actions().isStop(a);
        if (!stop) written.append(config.actions().charOf(a));
        if (!stop && written.length() < config.maxChars()) {
            return new StepReply<>(observe(), 0.0, false, null);
        }
        last = env.step(config.template().apply(written.toString()));
        done = true;
        return new StepReply<>(observe(), last.reward().total(), true, last);
    }

    /** The observation vector of the current context (prompt plus characters written so far). */
    public double[] encoded() {
        if (context == null) throw new IllegalStateException("no episode yet: call reset() first");
        return config.encoder().encode(context + written);
    }

    private Box observe() {
        return new Box(encoded());
    }

    /** The characters written in the current (or just finished) episode. */
    public String written() {
        return written.toString();
    }

    /** The env's final step of the last finished episode, or null while an episode runs. */
    public Step lastStep() {
        return last;
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public void close() {
        done = true;
    }

    /** An independent MDP over a fresh env, seeded from this one's seed and the instance count. */
    @Override
    public TokenMdp newInstance() {
        return new TokenMdp(envs, Seeds.mix(seed, ++instances), config);
    }

    public TokenMdpConfig config() {
        return config;
    }
}
