package jgym.agents.rl4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import jgym.env.ReasoningEnv;
import org.junit.jupiter.api.Test;

/** RL4J's deep Q-learner, trained through the bridge on a tiny one-digit scenario, answers far above chance. */
class QLearningAgentTest {
    @Test
    void deepQLearningBeatsChanceOnATinyDigitTask() {
        // one character per episode from ten digits: a uniform actor is right 1 time in 10
        var config = new TokenMdpConfig(new ActionAlphabet("0123456789", false), new CharWindowEncoder("0123456789=x?", 3), 1,
                UnaryOperator.identity());
        TokenMdp train = new TokenMdp(() -> ReasoningEnv.singleTurn(new TinyDigitScenario()), 11, config);
        long t0 = System.nanoTime();
        var policy = QLearningAgent.train(train, new DqnConfig(11, 500, 64, 2, 5e-3, 32, 250, 50));
        double seconds = (System.nanoTime() - t0) / 1e9;

        TokenMdp eval = new TokenMdp(() -> ReasoningEnv.singleTurn(new TinyDigitScenario()), 99, config);
        var learned = QLearningAgent.evaluate(eval, QLearningAgent.greedy(policy), 200);
        TokenMdp evalChance = new TokenMdp(() -> ReasoningEnv.singleTurn(new TinyDigitScenario()), 99, config);
        var chance = QLearningAgent.evaluate(evalChance, QLearningAgent.uniform(10, 5), 200);
        System.out.printf("RL4J DQN: %.1f s for 500 steps, greedy accuracy %.3f, uniform-random accuracy %.3f%n",
                seconds, learned.accuracy(), chance.accuracy());
        // chance is 0.1; 200 episodes put a uniform actor below 0.2 with probability > 0.999
        assertTrue(chance.accuracy() < 0.2, "chance " + chance);
        assertTrue(learned.accuracy() >= 0.6, "learned " + learned + " vs chance " + chance);
    }
}
