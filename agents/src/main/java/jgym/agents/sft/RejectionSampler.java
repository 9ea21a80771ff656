package jgym.agents.sft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import jgym.agents.policy.Policy;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;
import jgym.env.Budget;
import jgym.env.GroupEnv;
import jgym.env.ReasoningEnv;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Seeds;
import jgym.env.Step;
import jgym.env.Task;

/**
 * Rejection sampling for distillation (DeepSeek-R1's second SFT stage; distilling a larger policy into a smaller
 * one): a teacher samples k completions per task, the rubric scores them through the env contract, and those whose
 * first term (correctness) scores exactly 1 become SFT pairs for a student ({@link SftTrainer}).
 */
public final class RejectionSampler {
    /** Tasks sampled per teacher call: large enough to batch, small enough to bound memory. */
    private static final int TASKS_PER_CALL = 16;

    private final Policy teacher;
    private final GroupEnv env;
    private final int samplesPerTask;
    private final SamplingConfig sampling;

    /**
     * @param teacher        the policy whose completions are filtered
     * @param scenario       the tasks' scenario
     * @param rubric         how completions are scored; its first term decides acceptance
     * @param template       renders a task into the teacher's prompt (the student sees the same prompt)
     * @param samplesPerTask k, completions drawn per task, >= 1
     */
    public RejectionSampler(Policy teacher, Scenario scenario, Rubric rubric, jgym.env.PromptTemplate template,
                            int samplesPerTask, SamplingConfig sampling) {
        this.teacher = Objects.requireNonNull(teacher, "teacher");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(template, "template");
        if (samplesPerTask < 1) throw new IllegalArgumentException("samplesPerTask must be >= 1, got " + samplesPerTask);
        this.samplesPerTask = samplesPerTask;
        this.sampling = Objects.requireNonNull(sampling, "sampling");
        this.env = new GroupEnv(scenario, samplesPerTask, () -> new ReasoningEnv(scenario, rubric, Budget.singleTurn(), null, template));
    }

    /**
     * Samples k completions for every task and keeps the correct ones. Teacher call {@code c} (tasks
     * {@code 16c .. 16c + 15}) samples with {@code Seeds.mix(seed, c)}.
     */
    public RejectionSample collect(List<Task> tasks, long seed) {
        var accepted = new ArrayList<SftExample>();
        int solved = 0;
        for (int from = 0, call = 0; from < tasks.size(); from += TASKS_PER_CALL, call++) {
            List<Task> chunk = tasks.subList(from, Math.min(tasks.size(), from + TASKS_PER_CALL));
            var prompts = new ArrayList<String>(chunk.size());
            var repeated = new ArrayList<String>(chunk.size() * samplesPerTask);
            for (Task task : chunk) {
                String prompt = env.reset(task).get(0).text();
                prompts.add(prompt);
                repeated.addAll(Collections.nCopies(samplesPerTask, prompt));
            }
            List<Sample> samples = teacher.sample(repeated, sampling, Seeds.mix(seed, call));
            for (int p = 0; p < chunk.size(); p++) {
                env.reset(chunk.get(p));
                List<String> texts = samples.subList(p * samplesPerTask, (p + 1) * samplesPerTask).stream().map(Sample::text).toList();
                List<Step> steps = env.step(texts);
                boolean any = false;
                for (int i = 0; i < samplesPerTask; i++) {
                    var components = steps.get(i).reward().components();
                    boolean correct = !components.isEmpty() && components.get(0).score().valueOr(0.0) == 1.0;
                    if (correct && !texts.get(i).isEmpty()) {
                        accepted.add(new SftExample(prompts.get(p), texts.get(i)));
                        any = true;
                    }
                }
                if (any) solved++;
            }
        }
        return new RejectionSample(accepted, tasks.size() * samplesPerTask, tasks.size(), solved);
    }
}
