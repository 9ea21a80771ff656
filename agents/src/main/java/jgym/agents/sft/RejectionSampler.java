package jgym.agents.sft;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.rl.Rollout;
import jgym.agents.rl.RolloutBatch;
import jgym.agents.rl.RolloutConfig;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Seeds;
import jgym.env.Task;

/**
 * Rejection sampling for distillation (DeepSeek-R1's second SFT stage; distilling a larger policy into a smaller
 * one): a teacher samples k completions per task through the same {@link Rollout} route as training, and the correct
 * ones ({@link jgym.env.RewardResult#correct()}) become SFT pairs for a student ({@link SftTrainer}).
 */
public final class RejectionSampler {
    /** Tasks sampled per teacher call: large enough to batch, small enough to bound memory. */
    private static final int TASKS_PER_CALL = 16;

    private final Policy teacher;
    private final Rollout rollout;
    private final int samplesPerTask;

    /**
     * @param teacher        the policy whose completions are filtered
     * @param scenario       the tasks' scenario
     * @param rubric         how completions are scored; its correctness term decides acceptance
     * @param template       renders a task into the teacher's prompt (the student sees the same prompt)
     * @param samplesPerTask k, completions drawn per task, >= 1
     */
    public RejectionSampler(Policy teacher, Scenario scenario, Rubric rubric, jgym.env.PromptTemplate template,
                            int samplesPerTask, SamplingConfig sampling) {
        this.teacher = Objects.requireNonNull(teacher, "teacher");
        if (samplesPerTask < 1) throw new IllegalArgumentException("samplesPerTask must be >= 1, got " + samplesPerTask);
        this.samplesPerTask = samplesPerTask;
        this.rollout = new Rollout(scenario, rubric, new RolloutConfig(samplesPerTask, TASKS_PER_CALL, sampling, template), 0);
    }

    /**
     * Samples k completions for every task and keeps the correct, non-empty ones. Teacher call {@code c} (tasks
     * {@code 16c .. 16c + 15}) samples with {@code Seeds.mix(seed, c)}.
     */
    public RejectionSample collect(List<Task> tasks, long seed) {
        var accepted = new ArrayList<SftExample>();
        int solved = 0;
        for (int from = 0, call = 0; from < tasks.size(); from += TASKS_PER_CALL, call++) {
            List<Task> chunk = tasks.subList(from, Math.min(tasks.size(), from + TASKS_PER_CALL));
            RolloutBatch batch = rollout.collect(teacher, chunk, Seeds.mix(seed, call));
            for (RolloutBatch.Group group : batch.groups()) {
                boolean any = false;
                for (int i = 0; i < samplesPerTask; i++) {
                    String text = group.samples().get(i).text();
                    if (group.rewards().get(i).correct() && !text.isEmpty()) {
                        accepted.add(new SftExample(group.prompt(), text));
                        any = true;
                    }
                }
                if (any) solved++;
            }
        }
        return new RejectionSample(accepted, tasks.size() * samplesPerTask, tasks.size(), solved);
    }
}
