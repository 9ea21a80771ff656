package jgym.agents.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jgym.agents.policy.Sample;
import jgym.env.Gold;
import jgym.env.RewardResult;
import jgym.env.Score;
import jgym.env.Task;
import org.junit.jupiter.api.Test;

/** Dynamic sampling, truncation masks, accuracy and per-component statistics on a batch built by hand. */
class RolloutBatchTest {

    static RewardResult reward(double correct, Double format) {
        var components = new ArrayList<RewardResult.Component>();
        components.add(new RewardResult.Component("correct", 1.0, Score.of(correct, "c")));
        components.add(new RewardResult.Component("format", 0.5,
                format == null ? Score.notApplicable("n/a") : Score.of(format, "f")));
        return new RewardResult(correct + (format == null ? 0 : 0.5 * format), components, "c");
    }

    static RolloutBatch.Group group(String id, double[] correct, Double[] format, boolean[] truncated, int[] lengths) {
        var samples = new ArrayList<Sample>();
        var rewards = new ArrayList<RewardResult>();
        for (int i = 0; i < correct.length; i++) {
            samples.add(new Sample("x".repeat(lengths[i]), new int[lengths[i]], new float[lengths[i]], truncated[i]));
            rewards.add(reward(correct[i], format[i]));
        }
        var task = new Task(id, "test", 1, "p", new Gold.Answer("a"), "");
        return new RolloutBatch.Group(task, "p", new int[] {0}, samples, rewards, truncated);
    }

    static RolloutBatch batch() {
        return new RolloutBatch(2, 1.0, List.of(
                // totals 1.5 and 0.0: mixed
                group("a", new double[] {1, 0}, new Double[] {1.0, 0.0}, new boolean[] {false, true}, new int[] {2, 4}),
                // totals 0.5 and 0.5: uniform, carries no signal
                group("b", new double[] {0, 0}, new Double[] {1.0, 1.0}, new boolean[] {false, false}, new int[] {1, 3}),
                // totals 1.0 and 0.0, the format term not applicable to the first
                group("c", new double[] {1, 0}, new Double[] {null, 0.0}, new boolean[] {true, false}, new int[] {5, 1})));
    }

    @Test
    void dynamicSamplingDropsOnlyUniformGroups() {
        var kept = batch().withoutUniformGroups();
        assertEquals(List.of("a", "c"), kept.groups().stream().map(g -> g.task().id()).toList());
        assertArrayEquals(new double[] {1.5, 0.0, 1.0, 0.0}, kept.rewards(), 0.0);
    }

    @Test
    void maskRemovesEveryTokenOfATruncatedCompletionOnlyWhenAsked() {
        boolean[][] mask = batch().mask(true);
        assertArrayEquals(new boolean[] {true, true}, mask[0]);
        assertArrayEquals(new boolean[] {false, false, false, false}, mask[1]);
        assertArrayEquals(new boolean[] {false, false, false, false, false}, mask[4]);
        for (boolean[] row : batch().mask(false)) for (boolean b : row) assertTrue(b);
    }

    @Test
    void statisticsMatchHandCounts() {
        var s = RolloutStats.of(batch());
        // totals [1.5, 0, 0.5, 0.5, 1, 0]: mean 3.5 / 6 = 0.583333; population variance:
        // ((0.916667)^2 + (0.583333)^2 * 2 + (0.083333)^2 * 2 + (0.416667)^2) / 6 = (0.840278 + 0.680556 + 0.013889 + 0.173611) / 6
        //   = 1.708333 / 6 = 0.284722, std 0.533594
        assertEquals(3.5 / 6, s.rewardMean(), 1e-6);
        assertEquals(0.533594, s.rewardStd(), 1e-6);
        assertEquals(2.0 / 6, s.accuracy(), 1e-12);
        assertEquals(1.0 / 3, s.zeroStdGroupShare(), 1e-12);
        assertEquals(16.0 / 6, s.meanResponseLength(), 1e-12);
        assertEquals(2.0 / 6, s.truncatedShare(), 1e-12);
        assertEquals(16, s.tokens());
        // format: applicable to 5 of 6: values [1, 0, 1, 1, 0], mean 0.6, population std sqrt(0.24) = 0.489898
        var format = s.components().get(1);
        assertEquals("format", format.name());
        assertEquals(5, format.applicable());
        assertEquals(0.6, format.mean(), 1e-12);
        assertEquals(Math.sqrt(0.24), format.std(), 1e-12);
        assertFalse(batch().correct(1));
        assertTrue(batch().correct(4));
    }
}
