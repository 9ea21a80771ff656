package jgym.rewards.code;

import java.util.Objects;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * A reward from running a task's tests: 1 when every test passes, or the share of tests passed.
 *
 * <p>Not applicable when the task has no {@link jgym.env.Gold.Tests}; 0 with the reason when the completion holds no
 * code. The tests run in a trusted context the solution cannot reach (see {@link TestHarness}); each test has its own
 * outcome, so one failing or hanging test cannot hide another, and a program that exits early never passes.
 *
 * @param credit how the per-test results become one value; never null
 * @param tester runs the tests; never null
 */
public record TestsReward(Credit credit, CodeTester tester) implements Reward {

    /** How test results become a score. */
    public enum Credit {
        /** 1 when every test passes, else 0: the binary reward of R1-style training on code. */
        ALL_OR_NOTHING,
        /** The share of tests passed, in [0, 1]: partial credit. */
        FRACTION
    }

    public TestsReward {
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(tester, "tester");
    }

    @Override
    public Score score(Task task, String completion) {
        Verification v = tester.verify(task, completion);
        if (v instanceof Verification.NotApplicable na) return Score.notApplicable(na.reason());
        if (v instanceof Verification.NoCode nc) return Score.fail(nc.reason());
        TestReport report = ((Verification.Tested) v).report();
        double value = switch (credit) {
            case ALL_OR_NOTHING -> report.allPassed() ? 1.0 : 0.0;
            case FRACTION -> report.fraction();
        };
        return Score.of(value, report.describe());
    }
}
