package jgym.rewards.code;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of one test run on its own program.
 *
 * @param index   0-based position of the test in the gold's test list
 * @param test    the test statement as written in the gold, never null
 * @param verdict how it ended, never null
 * @param detail  what a person needs to check the verdict (the error type and message, the limit), empty for a pass
 * @param elapsed wall time of the run, never null
 */
public record TestCase(int index, String test, Verdict verdict, String detail, Duration elapsed) {
    public TestCase {
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, got " + index);
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public boolean passed() {
        return verdict.passed();
    }
}
