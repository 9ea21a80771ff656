package jgym.agents.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class MetricsSummaryTest {
    @Test
    void summarisesStartAndEndMeansPerPhaseAndEveryEvaluation() {
        var rows = new ArrayList<MetricsRow>();
        // 20 RL steps with reward = step / 20: window 2, start mean (0 + 0.05) / 2, end mean (0.9 + 0.95) / 2
        for (int s = 0; s < 20; s++) rows.add(MetricsRow.builder(Phase.RL, s).put("reward_mean", s / 20.0).build());
        rows.add(MetricsRow.builder(Phase.EVAL, 20).put("heldout_accuracy", 0.625).build());
        String expected = "rl: 20 steps (start = mean of first 2, end = mean of last 2)\n"
                + "  reward_mean                0.0250 ->     0.9250\n"
                + "eval (held-out):\n"
                + "  after step 20    heldout_accuracy 0.6250\n";
        assertEquals(expected, MetricsSummary.text(rows).replace(System.lineSeparator(), "\n"));
    }
}
