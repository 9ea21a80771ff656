package jgym.rewards.symbolic;

import java.util.Objects;

/**
 * Whether an answer equals the gold, and why: the reason a person reads to check the grader.
 *
 * @param equal  true only when equality was shown; doubt, an unreadable answer or a time-out is false
 * @param reason how equality was shown, or why it was not
 */
public record Verdict(boolean equal, String reason) {
    public Verdict {
        Objects.requireNonNull(reason, "reason");
    }

    static Verdict yes(String reason) {
        return new Verdict(true, reason);
    }

    static Verdict no(String reason) {
        return new Verdict(false, reason);
    }
}
