package jgym.agents.rl4j;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import jgym.env.RewardResult;
import jgym.env.Seeds;
import org.deeplearning4j.rl4j.learning.configuration.QLearningConfiguration;
import org.deeplearning4j.rl4j.learning.sync.qlearning.discrete.QLearningDiscreteDense;
import org.deeplearning4j.rl4j.network.configuration.DQNDenseNetworkConfiguration;
import org.deeplearning4j.rl4j.policy.DQNPolicy;
import org.deeplearning4j.rl4j.space.Box;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains RL4J's deep Q-learner ({@link QLearningDiscreteDense}) on a {@link TokenMdp} and evaluates any actor on one,
 * so RL4J users can bring their own learners to the gym's scenarios.
 */
public final class QLearningAgent {
    private QLearningAgent() {}

    /**
     * What an actor achieved over a number of episodes.
     *
     * @param episodes   episodes played, >= 1
     * @param meanReward mean end-of-episode reward (the rubric's total)
     * @param accuracy   share of episodes whose first rubric term (the correctness check) scored 1, in [0, 1]
     */
    public record Evaluation(int episodes, double meanReward, double accuracy) {
        public Evaluation {
            if (episodes < 1) throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
            if (!(accuracy >= 0 && accuracy <= 1)) throw new IllegalArgumentException("accuracy must be in [0, 1], got " + accuracy);
        }
    }

    /** Trains a Q-network on {@code mdp} for {@code config.maxSteps()} steps and returns its greedy policy. */
    public static DQNPolicy<Box> train(TokenMdp mdp, DqnConfig config) {
        Objects.requireNonNull(mdp, "mdp");
        Objects.requireNonNull(config, "config");
        DQNDenseNetworkConfiguration net = DQNDenseNetworkConfiguration.builder()
                .l2(0.0)
                .updater(new Adam(config.learningRate()))
                .numHiddenNodes(config.hiddenNodes())
                .numLayers(config.layers())
                .build();
        QLearningConfiguration ql = QLearningConfiguration.builder()
                .seed(config.seed())
                .maxEpochStep(mdp.config().maxChars() + 1)
                .maxStep(config.maxSteps())
                .expRepMaxSize(Math.max(1_000, config.maxSteps()))
                .batchSize(config.batchSize())
                .targetDqnUpdateFreq(config.targetUpdateFrequency())
                .updateStart(Math.min(config.batchSize(), config.maxSteps()))
                .rewardFactor(1.0)
                .gamma(0.99)
                .errorClamp(1.0)
                .minEpsilon(0.05)
                .epsilonNbStep(config.epsilonSteps())
                .doubleDQN(true)
                .build();
        QLearningDiscreteDense<Box> learner = new QLearningDiscreteDense<Box>(mdp, net, ql);
        learner.train();
        return learner.getPolicy();
    }

    /** The actor that takes {@code policy}'s highest-valued action. */
    public static ToIntFunction<double[]> greedy(DQNPolicy<Box> policy) {
        Objects.requireNonNull(policy, "policy");
        return observation -> {
            var input = Nd4j.create(observation, new long[] {1, observation.length}, DataType.FLOAT);
            return policy.nextAction(input);
        };
    }

    /** The actor that picks uniformly among {@code actions} actions, from {@code seed} (the chance baseline). */
    public static ToIntFunction<double[]> uniform(int actions, long seed) {
        if (actions < 1) throw new IllegalArgumentException("actions must be >= 1, got " + actions);
        var rng = new SplittableRandom(Seeds.mix(seed, 0));
        return observation -> rng.nextInt(actions);
    }

    /** Plays {@code episodes} episodes of {@code mdp} with {@code actor} and reports reward and accuracy. */
    public static Evaluation evaluate(TokenMdp mdp, ToIntFunction<double[]> actor, int episodes) {
        if (episodes < 1) throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
        double reward = 0;
        int correct = 0;
        for (int e = 0; e < episodes; e++) {
            mdp.reset();
            while (!mdp.isDone()) mdp.step(actor.applyAsInt(mdp.encoded()));
            RewardResult r = mdp.lastStep().reward();
            reward += r.total();
            if (r.correct()) correct++;
        }
        return new Evaluation(episodes, reward / episodes, (double) correct / episodes);
    }
}
