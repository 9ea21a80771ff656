package jgym.rewards.code;

import java.util.Objects;

/** What checking one completion against a task's tests found: not applicable, no code, or a test report. */
public sealed interface Verification permits Verification.NotApplicable, Verification.NoCode, Verification.Tested {

    /** Why the verification ended as it did, in words a person can check. */
    String reason();

    /** The task has no tests this checker understands (no {@link jgym.env.Gold.Tests}, or an unknown language). */
    record NotApplicable(String reason) implements Verification {
        public NotApplicable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The completion holds no program by the extractor's rules; it scores 0. */
    record NoCode(String reason) implements Verification {
        public NoCode {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The program ran against every test.
     *
     * @param code   the program extracted from the completion, never null
     * @param report one result per test, never null
     */
    record Tested(String code, TestReport report) implements Verification {
        public Tested {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(report, "report");
        }

        @Override
        public String reason() {
            return report.describe();
        }
    }
}
