package jgym.agents.rl;

/**
 * One rubric term's scores over a step's completions.
 *
 * @param name       the term's name in the rubric
 * @param weight     its weight in the total
 * @param applicable how many completions it could judge (not-applicable verdicts are left out of mean and std)
 * @param mean       mean value over the applicable completions; 0 when none was applicable
 * @param std        population standard deviation over the applicable completions; 0 when fewer than 2 were
 */
public record ComponentStats(String name, double weight, int applicable, double mean, double std) {
    public ComponentStats {
        java.util.Objects.requireNonNull(name, "name");
        if (applicable < 0) throw new IllegalArgumentException("applicable must be >= 0, got " + applicable);
    }
}
