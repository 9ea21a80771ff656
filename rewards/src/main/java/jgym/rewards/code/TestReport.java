package jgym.rewards.code;

import java.util.List;

/**
 * Every test of one program, each run on its own, in the gold's order.
 *
 * @param cases one entry per test; never empty
 */
public record TestReport(List<TestCase> cases) {
    public TestReport {
        cases = List.copyOf(cases);
        if (cases.isEmpty()) throw new IllegalArgumentException("cases must not be empty");
    }

    /** How many tests passed, in [0, size()]. */
    public int passed() {
        return (int) cases.stream().filter(TestCase::passed).count();
    }

    public int size() {
        return cases.size();
    }

    /** The share of tests passed, in [0, 1]. */
    public double fraction() {
        return (double) passed() / cases.size();
    }

    public boolean allPassed() {
        return passed() == cases.size();
    }

    /** A one-line account: the count, then the first failing test with its verdict and detail. */
    public String describe() {
        String head = passed() + "/" + size() + " tests passed";
        for (TestCase c : cases) {
            if (!c.passed()) {
                String detail = c.detail().isEmpty() ? "" : ": " + c.detail();
                return head + "; test " + (c.index() + 1) + " " + c.verdict().name().toLowerCase(java.util.Locale.ROOT) + detail;
            }
        }
        return head;
    }
}
