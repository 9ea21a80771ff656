package jgym.agents.rl4j;

/**
 * Settings of RL4J's deep Q-learning ({@code QLearningDiscreteDense}) on a {@link TokenMdp}; the discount is fixed
 * at 0.99 and exploration decays linearly from epsilon 1 to 0.05.
 *
 * @param seed                  seeds RL4J's network initialisation and exploration
 * @param maxSteps              environment steps of training (one character each), >= 1
 * @param hiddenNodes           width of each hidden layer of the Q-network, >= 1
 * @param layers                number of hidden layers, >= 1
 * @param learningRate          Adam's step size, > 0
 * @param batchSize             replayed transitions per update, >= 1
 * @param epsilonSteps          steps over which exploration decays to its floor, >= 1
 * @param targetUpdateFrequency steps between copies of the online network to the target network, >= 1
 */
public record DqnConfig(long seed, int maxSteps, int hiddenNodes, int layers, double learningRate, int batchSize,
                        int epsilonSteps, int targetUpdateFrequency) {
    public DqnConfig {
        positive("maxSteps", maxSteps);
        positive("hiddenNodes", hiddenNodes);
        positive("layers", layers);
        positive("batchSize", batchSize);
        positive("epsilonSteps", epsilonSteps);
        positive("targetUpdateFrequency", targetUpdateFrequency);
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate);
        }
    }

    private static void positive(String field, int value) {
        if (value < 1) throw new IllegalArgumentException(field + " must be >= 1, got " + value);
    }

    /** A small network and schedule that suit tasks with a handful of characters per answer. */
    public static DqnConfig small(long seed, int maxSteps) {
        return new DqnConfig(seed, maxSteps, 64, 2, 1e-3, 32, Math.max(1, maxSteps / 2), 100);
    }
}
