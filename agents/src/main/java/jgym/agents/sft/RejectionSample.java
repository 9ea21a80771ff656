package jgym.agents.sft;

import java.util.List;

/**
 * The outcome of rejection sampling: the teacher's completions the rubric scored correct, as SFT pairs.
 *
 * @param accepted    the accepted (prompt, completion) pairs, in task order then sample order
 * @param sampled     completions drawn from the teacher, >= accepted.size()
 * @param tasks       tasks attempted
 * @param tasksSolved tasks with at least one accepted completion
 */
public record RejectionSample(List<SftExample> accepted, int sampled, int tasks, int tasksSolved) {
    public RejectionSample {
        accepted = List.copyOf(accepted);
        if (sampled < accepted.size()) throw new IllegalArgumentException("sampled must be >= accepted (" + accepted.size() + "), got " + sampled);
        if (tasksSolved < 0 || tasksSolved > tasks) throw new IllegalArgumentException("tasksSolved must be in [0, " + tasks + "], got " + tasksSolved);
    }

    /** Share of sampled completions that were accepted, in [0, 1]; 0 when nothing was sampled. */
    public double acceptanceRate() {
        return sampled == 0 ? 0.0 : (double) accepted.size() / sampled;
    }
}
