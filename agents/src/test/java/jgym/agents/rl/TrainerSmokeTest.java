package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jgym.agents.policy.SamplingConfig;
import jgym.env.PromptTemplate;
import org.junit.jupiter.api.Test;

/**
 * Each trainer runs its real loop for a few dozen steps on a bigram policy and a trivially learnable task (repeat the
 * prompt's digit), in well under a second, and the accuracy rises from chance (1/11 for the first token).
 */
class TrainerSmokeTest {
    static final int STEPS = 30;

    static Rollout rollout(long seed) {
        var sampling = new SamplingConfig(3, 1.0, 1.0, List.of());
        var scenario = new EchoDigitScenario(seed, 4);
        return new Rollout(scenario, scenario.rubric(), new RolloutConfig(8, 4, sampling, PromptTemplate.PLAIN), seed);
    }

    static BigramPolicy policy(boolean valueHead, double lr) {
        return new BigramPolicy(new AlphabetTokenizer("0123456789"), lr, valueHead);
    }

    static List<StepMetrics> run(RlTrainer trainer) {
        var out = new ArrayList<StepMetrics>();
        for (int i = 0; i < STEPS; i++) out.add(trainer.step());
        return out;
    }

    static double meanAccuracy(List<StepMetrics> m, int from, int to) {
        return m.subList(from, to).stream().mapToDouble(s -> s.rollout().accuracy()).average().orElseThrow();
    }

    static void assertLearns(String name, List<StepMetrics> m) {
        double first = meanAccuracy(m, 0, 5);
        double last = meanAccuracy(m, STEPS - 5, STEPS);
        System.out.printf("%s: accuracy %.3f -> %.3f%n", name, first, last);
        assertTrue(first < 0.3, name + ": starts near chance, got " + first);
        assertTrue(last > first + 0.4, name + ": accuracy should rise by 0.4, got " + first + " -> " + last);
    }

    @Test
    void grpoLearns() {
        var policy = policy(false, 5.0);
        var m = run(new GrpoTrainer(policy, rollout(7), GrpoConfig.grpo(), new OptimConfig(2, 2)));
        assertLearns("GRPO", m);
        assertNotNull(m.get(STEPS - 1).update().kl());
        assertTrue(m.get(STEPS - 1).update().kl() > 0, "the policy moved away from the reference");
    }

    @Test
    void dapoLearnsAndReportsDroppedGroups() {
        var m = run(new GrpoTrainer(policy(false, 20.0), rollout(7), GrpoConfig.dapo(), new OptimConfig(2, 2)));
        assertLearns("DAPO", m);
        for (StepMetrics s : m) {
            assertEquals(s.rollout().zeroStdGroupShare(), s.droppedGroupShare(), 1e-12);
            if (s.droppedGroupShare() == 1.0) assertEquals(null, s.update());
        }
        assertTrue(m.stream().anyMatch(s -> s.droppedGroupShare() > 0), "some group had equal rewards");
    }

    /** DAPO samples further rounds until the step has its 4 groups with unequal rewards, or says it ran out of rounds. */
    @Test
    void dynamicSamplingRefillsTheBatchOrSaysWhyNot() {
        var m = run(new GrpoTrainer(policy(false, 20.0), rollout(7), GrpoConfig.dapo(), new OptimConfig(2, 2)));
        for (StepMetrics s : m) {
            assertTrue(s.trainedGroups() == 4 || s.rounds() == GrpoConfig.DAPO_MAX_ROUNDS,
                    "step " + s.step() + ": " + s.trainedGroups() + " groups after " + s.rounds() + " rounds");
            // the stats cover every round: 4 groups of 8 completions of up to 3 tokens each
            assertTrue(s.rollout().tokens() > 32L * (s.rounds() - 1) && s.rollout().tokens() <= 96L * s.rounds(), "tokens " + s.rollout().tokens());
            assertEquals(s.rollout().zeroStdGroupShare(), s.droppedGroupShare(), 1e-12);
        }
        assertTrue(m.stream().anyMatch(s -> s.rounds() > 1), "some step needed a refill");

        var single = run(new GrpoTrainer(policy(false, 20.0), rollout(7), GrpoConfig.dapo().withMaxRounds(1), new OptimConfig(2, 2)));
        assertTrue(single.stream().allMatch(s -> s.rounds() == 1));
        assertTrue(single.stream().anyMatch(s -> s.trainedGroups() < 4), "without refill a step trains on fewer groups");
        for (StepMetrics s : single) assertEquals(Math.round(4 * (1 - s.droppedGroupShare())), s.trainedGroups());
    }

    @Test
    void drGrpoLearns() {
        assertLearns("Dr. GRPO", run(new GrpoTrainer(policy(false, 20.0), rollout(7), GrpoConfig.drGrpo(3), new OptimConfig(2, 2))));
    }

    @Test
    void ppoLearns() {
        var m = run(new PpoTrainer(policy(true, 2.0), rollout(7), PpoConfig.defaults(), new OptimConfig(2, 2)));
        assertLearns("PPO", m);
        assertNotNull(m.get(0).update().valueLoss());
        assertTrue(m.stream().anyMatch(s -> s.explainedVariance() != null), "PPO reports its critic's explained variance");
        assertTrue(m.stream().allMatch(s -> s.explainedVariance() == null || s.explainedVariance() <= 1.0));
    }

    @Test
    void rlooLearns() {
        assertLearns("RLOO", run(new RlooTrainer(policy(false, 5.0), rollout(7), new RlooConfig(0.01, false), new OptimConfig(1, 2))));
    }

    @Test
    void sameSeedSameMetrics() {
        Function<Long, List<Double>> losses = seed -> run(new GrpoTrainer(policy(false, 20.0), rollout(seed), GrpoConfig.grpo(),
                OptimConfig.single())).stream().map(s -> s.update() == null ? Double.NaN : s.update().loss()).toList();
        assertEquals(losses.apply(11L), losses.apply(11L));
        assertTrue(!losses.apply(11L).equals(losses.apply(12L)));
    }

    @Test
    void aDivergingRunStopsWithAClearErrorInsteadOfNaNWeights() {
        // SGD with learning rate 50 drives some tokens' probability far below the reference's, where k3's
        // exp(ref - logp) overflows; the trainer must refuse that update
        var trainer = new GrpoTrainer(policy(false, 50.0), rollout(7), GrpoConfig.grpo(), new OptimConfig(2, 2));
        var e = assertThrows(IllegalStateException.class, () -> run(trainer));
        assertTrue(e.getMessage().contains("the loss is"), e.getMessage());
    }

    @Test
    void aResumedRunEqualsAnUninterruptedOne() {
        var straight = policy(false, 5.0);
        var whole = new GrpoTrainer(straight, rollout(9), GrpoConfig.grpo(), OptimConfig.single());
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) expected.add(whole.step().update().loss());

        // the bigram policy keeps no optimiser state, so carrying the object over is a faithful checkpoint
        var resumed = policy(false, 5.0);
        var reference = resumed.snapshot();
        var first = new GrpoTrainer(resumed, reference, rollout(9), GrpoConfig.grpo(), OptimConfig.single(), 0);
        List<Double> actual = new ArrayList<>();
        for (int i = 0; i < 3; i++) actual.add(first.step().update().loss());
        var second = new GrpoTrainer(resumed, reference, rollout(9), GrpoConfig.grpo(), OptimConfig.single(), 3);
        for (int i = 0; i < 3; i++) actual.add(second.step().update().loss());
        assertEquals(expected, actual);
        assertEquals(6, second.steps());
    }

    @Test
    void aBatchOfOnlyMaskedCompletionsLeavesThePolicyAlone() {
        // EOS made impossible and one new token allowed: every completion is truncated, and masking them leaves nothing
        var sampling = new SamplingConfig(1, 1.0, 1.0, List.of());
        var scenario = new EchoDigitScenario(2, 4);
        var allCut = new Rollout(scenario, scenario.rubric(), new RolloutConfig(4, 2, sampling, PromptTemplate.PLAIN), 2);
        var policy = policy(true, 5.0);
        int eos = policy.tokenizer().eosId();
        for (double[] row : policy.logits()) row[eos] = -1e9;
        double[][] before = FiniteDifference.copy(policy.logits());

        var grpo = new GrpoTrainer(policy, allCut, GrpoConfig.grpo().withMaskTruncated(true), OptimConfig.single()).step();
        var ppo = new PpoTrainer(policy, allCut, new PpoConfig(ClipRange.symmetric(0.2), 0.2, 0.5, 1, 0.95, 0, true, true),
                OptimConfig.single()).step();
        var rloo = new RlooTrainer(policy, allCut, new RlooConfig(0, true), OptimConfig.single()).step();
        for (StepMetrics m : List.of(grpo, ppo, rloo)) {
            assertEquals(1.0, m.rollout().truncatedShare(), 0.0);
            assertEquals(null, m.update());
        }
        for (int a = 0; a < before.length; a++) assertArrayEquals(before[a], policy.logits()[a], 0.0);
    }

    @Test
    void ppoWithoutAValueHeadFailsClearly() {
        var trainer = new PpoTrainer(policy(false, 1.0), rollout(1), PpoConfig.defaults(), OptimConfig.single());
        var e = assertThrows(IllegalStateException.class, trainer::step);
        assertTrue(e.getMessage().contains("value head"), e.getMessage());
    }

    @Test
    void groupRelativeTrainersRejectGroupsOfOne() {
        var sampling = new SamplingConfig(3, 1.0, 1.0, List.of());
        var scenario = new EchoDigitScenario(1, 4);
        var single = new Rollout(scenario, scenario.rubric(), new RolloutConfig(1, 4, sampling, PromptTemplate.PLAIN), 1);
        var e = assertThrows(IllegalArgumentException.class, () -> new GrpoTrainer(policy(false, 1), single, GrpoConfig.grpo(), OptimConfig.single()));
        assertTrue(e.getMessage().contains("groupSize"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RlooTrainer(policy(false, 1), rollout(1), RlooConfig.defaults(), new OptimConfig(2, 1)));
        assertTrue(e.getMessage().contains("epochs"), e.getMessage());
    }

    @Test
    void rolloutStatsCountWhatWasSampled() {
        var batch = rollout(3).collect(policy(false, 1.0), 0);
        var stats = RolloutStats.of(batch);
        assertEquals(32, batch.size());
        int correct = 0, truncated = 0;
        long tokens = 0;
        for (int i = 0; i < batch.size(); i++) {
            var s = batch.sample(i);
            String digit = batch.groups().get(i / 8).task().answer();
            if (s.text().startsWith(digit)) correct++;
            if (s.truncated()) truncated++;
            tokens += s.tokens().length;
        }
        assertEquals(correct / 32.0, stats.accuracy(), 1e-12);
        assertEquals(correct / 32.0, stats.rewardMean(), 1e-12);
        assertEquals(truncated / 32.0, stats.truncatedShare(), 1e-12);
        assertEquals(tokens / 32.0, stats.meanResponseLength(), 1e-12);
        assertEquals(List.of("correct", "exact"), stats.components().stream().map(ComponentStats::name).toList());
        assertEquals(32, stats.components().get(0).applicable());
    }
}
