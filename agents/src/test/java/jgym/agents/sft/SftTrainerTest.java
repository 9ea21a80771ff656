package jgym.agents.sft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.rl.AlphabetTokenizer;
import jgym.agents.rl.BigramPolicy;
import jgym.agents.rl.EchoDigitScenario;
import jgym.agents.rl.FiniteDifference;
import jgym.env.PromptTemplate;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.junit.jupiter.api.Test;

/** Teacher forcing: the loss by hand, its gradient, EOS handling, cold-start data, and a tiny policy learning by SFT. */
class SftTrainerTest {
    static final AlphabetTokenizer DIGITS = new AlphabetTokenizer("0123456789");

    static List<SftExample> echo(int digits) {
        var out = new ArrayList<SftExample>();
        for (int d = 0; d < digits; d++) out.add(new SftExample(String.valueOf(d), String.valueOf(d)));
        return out;
    }

    @Test
    void lossIsTheMeanNegativeLogLikelihoodPerToken() {
        // tokens -1.0, -2.0 | -0.5: N = 3, loss = (1 + 2 + 0.5) / 3 = 1.1666667, dLoss/dlogp = -1/3 everywhere
        double[][] logp = {{-1.0, -2.0}, {-0.5}};
        var l = SftTrainer.loss(logp);
        assertEquals(3.5 / 3, l.loss(), 1e-12);
        assertEquals(3, l.tokens());
        for (double[] row : l.dLogp()) for (double g : row) assertEquals(-1.0 / 3, g, 1e-15);
        FiniteDifference.check(logp, l.dLogp(), x -> SftTrainer.loss(x).loss(), "sft");
    }

    @Test
    void targetsEndWithEosWhenAsked() {
        var tok = new AlphabetTokenizer("abc");
        var with = SftTrainer.encode(List.of(new SftExample("ab", "c")), tok, true);
        assertArrayEquals(new int[] {0, 1}, with.prompts()[0]);
        assertArrayEquals(new int[] {2, 3}, with.completions()[0]); // 3 = EOS, after the alphabet
        assertArrayEquals(new int[] {2}, SftTrainer.encode(List.of(new SftExample("ab", "c")), tok, false).completions()[0]);
    }

    @Test
    void firstStepOfAUniformPolicyHasLossLnVocab() {
        // a uniform policy over 11 tokens gives every token log(1/11): loss = ln 11 = 2.3978953
        var trainer = new SftTrainer(new BigramPolicy(DIGITS, 1.0, false), new SftConfig(4, true, 1));
        var m = trainer.step(echo(4));
        assertEquals(Math.log(11), m.loss(), 1e-6);
        assertEquals(8, m.tokens()); // 4 targets of one digit plus EOS
    }

    /** Prompt d, target d + 5: a bigram can learn it exactly (row d says d + 5, row d + 5 says EOS). */
    static List<SftExample> shift() {
        var out = new ArrayList<SftExample>();
        for (int d = 0; d < 4; d++) out.add(new SftExample(String.valueOf(d), String.valueOf(d + 5)));
        return out;
    }

    @Test
    void sftTeachesATaskAndToStop() {
        var policy = new BigramPolicy(DIGITS, 5.0, false);
        var trainer = new SftTrainer(policy, new SftConfig(2, true, 3));
        var metrics = trainer.train(shift(), 60, m -> {});
        assertEquals(60, metrics.size());
        assertTrue(metrics.get(59).loss() < metrics.get(0).loss() / 4, "loss " + metrics.get(0).loss() + " -> " + metrics.get(59).loss());
        var prompts = new ArrayList<String>();
        for (int r = 0; r < 25; r++) for (int d = 0; d < 4; d++) prompts.add(String.valueOf(d));
        var samples = policy.sample(prompts, new SamplingConfig(4, 1.0, 1.0, List.of()), 9);
        int exact = 0;
        for (int i = 0; i < samples.size(); i++) {
            String want = String.valueOf(Integer.parseInt(prompts.get(i)) + 5);
            if (samples.get(i).text().equals(want) && !samples.get(i).truncated()) exact++;
        }
        assertTrue(exact >= 90, "exact answers that stop: " + exact + " of 100");
    }

    @Test
    void trainingIsReproducibleFromTheSeed() {
        var a = new SftTrainer(new BigramPolicy(DIGITS, 2.0, false), new SftConfig(3, true, 5)).train(echo(7), 10, m -> {});
        var b = new SftTrainer(new BigramPolicy(DIGITS, 2.0, false), new SftConfig(3, true, 5)).train(echo(7), 10, m -> {});
        assertEquals(a.stream().map(SftMetrics::loss).toList(), b.stream().map(SftMetrics::loss).toList());
    }

    @Test
    void coldStartUsesTheOracleCompletions() {
        var scenario = new EchoDigitScenario(4, 4);
        var data = SftExample.coldStart(scenario, PromptTemplate.PLAIN, 10, 3);
        assertEquals(3, data.size());
        for (int i = 0; i < 3; i++) {
            Task task = scenario.task(10 + i);
            assertEquals(task.prompt(), data.get(i).prompt());
            assertEquals("<think>\n" + task.trace() + "\n</think>\n<answer>" + task.answer() + "</answer>", data.get(i).target());
        }
    }

    @Test
    void coldStartTargetsOfABuiltInScenarioScoreFullMarks() {
        // the data R1's cold start trains on must itself be correct under the scenario's rubric
        for (String name : List.of("math/arithmetic", "math/countdown", "math/gcd_lcm")) {
            var scenario = Scenarios.make(name, ScenarioConfig.defaults());
            var data = SftExample.coldStart(scenario, PromptTemplate.PLAIN, 0, 10);
            for (int i = 0; i < data.size(); i++) {
                var result = scenario.rubric().evaluate(scenario.task(i), data.get(i).target());
                assertEquals(1.0, result.components().get(0).score().valueOr(0.0), name + " task " + i + ": " + result.reason());
            }
        }
    }

    @Test
    void badArgumentsNameTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> new SftConfig(0, true, 1));
        assertTrue(e.getMessage().contains("batchSize"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new SftExample("p", ""));
        assertTrue(e.getMessage().contains("target"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SftExample.coldStart(new EchoDigitScenario(1, 2), PromptTemplate.PLAIN, -1, 2));
        assertTrue(e.getMessage().contains("first"), e.getMessage());
    }
}
