package jgym.agents.sft;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import jgym.env.Task;

/**
 * Distillation by rejection sampling: a teacher's correct completions ({@link RejectionSampler}) become the SFT data
 * of a student ({@link SftTrainer}), as DeepSeek-R1 distilled its reasoning into smaller models.
 */
public final class Distillation {
    private Distillation() {}

    /**
     * The data that was kept and the student's training on it.
     *
     * @param data what rejection sampling accepted, with its acceptance rate
     * @param sft  the student's metrics, one per step
     */
    public record Result(RejectionSample data, List<SftMetrics> sft) {
        public Result {
            Objects.requireNonNull(data, "data");
            sft = List.copyOf(sft);
        }
    }

    /**
     * Samples the teacher on {@code tasks}, keeps the correct completions and trains the student on them for
     * {@code steps} steps.
     *
     * @throws IllegalStateException when the teacher solved nothing, so there is nothing to distill
     */
    public static Result run(RejectionSampler teacher, List<Task> tasks, SftTrainer student, int steps, long seed,
                             Consumer<SftMetrics> log) {
        RejectionSample data = teacher.collect(tasks, seed);
        if (data.accepted().isEmpty()) {
            throw new IllegalStateException("the teacher's " + data.sampled() + " completions on " + data.tasks()
                    + " tasks were all rejected: nothing to distill (acceptance rate 0)");
        }
        return new Result(data, student.train(data.accepted(), steps, log));
    }
}
