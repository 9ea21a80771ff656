package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jgym.agents.model.AdamWConfig;
import jgym.agents.model.TransformerConfig;
import jgym.agents.policy.CharTokenizer;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.sft.SftConfig;
import jgym.agents.sft.SftExample;
import jgym.agents.sft.SftTrainer;
import jgym.env.PromptTemplate;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** The trainers on the gym's real transformer policy (a tiny one): they run end to end and improve it. */
class TransformerTrainersTest {

    static TransformerPolicy tiny(double lr, long seed) {
        var tok = new CharTokenizer("0123456789");
        var config = new TransformerConfig(tok.vocabSize(), 16, 1, 32, 2, 2, DataType.FLOAT);
        return TransformerPolicy.create(config, tok, AdamWConfig.defaults().withLearningRate(lr), seed);
    }

    /** One new token per completion: the reward only reads the first, and sampling dominates a step's time. */
    static Rollout rollout(long seed) {
        var scenario = new EchoDigitScenario(seed, 4);
        return new Rollout(scenario, scenario.rubric(),
                new RolloutConfig(8, 4, new SamplingConfig(1, 1.0, 1.0, List.of()), PromptTemplate.PLAIN), seed);
    }

    @Test
    void grpoRaisesAccuracyOfATransformer() {
        var trainer = new GrpoTrainer(tiny(1e-2, 1), rollout(5), GrpoConfig.grpo(), new OptimConfig(2, 1));
        var m = new ArrayList<StepMetrics>();
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) m.add(trainer.step());
        double first = m.subList(0, 4).stream().mapToDouble(s -> s.rollout().accuracy()).average().orElseThrow();
        double last = m.subList(16, 20).stream().mapToDouble(s -> s.rollout().accuracy()).average().orElseThrow();
        System.out.printf("transformer GRPO: accuracy %.3f -> %.3f in %.1f s%n", first, last, (System.nanoTime() - start) / 1e9);
        assertTrue(last > first + 0.3, "accuracy " + first + " -> " + last);
    }

    @Test
    void sampledLogProbsAreTheUntemperedOnesTheTrainerRescores() {
        // GRPO's ratio exp(logp - logp_old) takes logp_old from the sampler: it must equal a fresh forward pass at
        // temperature 1 even when sampling is tempered, or the clip would fire on an unchanged policy
        var policy = tiny(1e-2, 7);
        var batch = new Rollout(new EchoDigitScenario(1, 10), new EchoDigitScenario(1, 10).rubric(),
                new RolloutConfig(4, 4, new SamplingConfig(6, 0.7, 1.0, List.of()), PromptTemplate.PLAIN), 1).collect(policy, 0);
        double[][] sampled = batch.oldLogProbs();
        float[][] rescored = policy.logProbs(batch.sequences());
        for (int i = 0; i < sampled.length; i++) {
            for (int t = 0; t < sampled[i].length; t++) {
                assertEquals(sampled[i][t], rescored[i][t], 1e-4, "sequence " + i + " token " + t);
            }
        }
    }

    @Test
    void ppoAndRlooRunOnATransformer() {
        var ppo = new PpoTrainer(tiny(3e-3, 2), rollout(6), PpoConfig.defaults(), new OptimConfig(2, 2));
        var rloo = new RlooTrainer(tiny(3e-3, 3), rollout(6), new RlooConfig(0.01, false), new OptimConfig(1, 2));
        for (int i = 0; i < 2; i++) {
            StepMetrics p = ppo.step();
            StepMetrics r = rloo.step();
            assertNotNull(p.update().valueLoss());
            assertTrue(Double.isFinite(p.update().loss()) && Double.isFinite(r.update().loss()));
        }
    }

    @Test
    void sftLowersTheLossOfATransformer() {
        var data = new ArrayList<SftExample>();
        for (int d = 0; d < 10; d++) data.add(new SftExample(String.valueOf(d), String.valueOf((d * 7) % 10)));
        var metrics = new SftTrainer(tiny(1e-2, 4), new SftConfig(10, true, 1)).train(data, 20, x -> {});
        double first = metrics.get(0).loss();
        double last = metrics.get(19).loss();
        System.out.printf("transformer SFT: loss %.3f -> %.3f%n", first, last);
        assertTrue(last < first / 3, "loss " + first + " -> " + last);
    }
}
