package jgym.agents.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jgym.agents.metrics.MetricsWriter;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.sft.RejectionSample;
import jgym.agents.sft.RejectionSampler;
import jgym.agents.sft.SftConfig;
import jgym.agents.sft.SftExample;
import jgym.agents.sft.SftMetrics;
import jgym.agents.sft.SftTrainer;
import jgym.agents.train.StepRows;
import jgym.agents.train.TrainRecipe;
import jgym.env.PromptTemplate;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Seeds;
import jgym.env.Task;
import jgym.rewards.LanguageConsistency;

/**
 * The {@code rejection_sft} stage: sample, keep what is correct (and in one language), fine-tune on it. The sampler is
 * the policy itself (R1's rejection sampling) or a teacher (distillation). Training tasks {@code 0 .. tasks-1} of the
 * training scenario (never held-out prompts) are sampled with {@code Seeds.mix(seed, 10)}; the SFT shuffle uses
 * {@code Seeds.mix(seed, 11)}.
 */
final class RejectionTuning {
    private RejectionTuning() {}

    /**
     * What was kept.
     *
     * @param sampled      completions drawn
     * @param correct      of them correct
     * @param kept         of those, kept (all correct ones without a language filter)
     * @param tasksSolved  tasks with at least one correct completion
     */
    record Kept(int sampled, int correct, int kept, int tasksSolved) {}

    /** Samples, filters and trains {@code policy} in place; SFT rows go to {@code metrics}. */
    static Kept run(Stage.RejectionSft stage, TransformerPolicy policy, Policy sampler, Scenario train, Rubric rubric,
                    int maxTokens, long seed, MetricsWriter metrics, Consumer<SftMetrics> progress) {
        var rs = new RejectionSampler(sampler, train, rubric, PromptTemplate.QUESTION_ONLY, stage.samples(),
                new SamplingConfig(maxTokens, stage.temperature(), 1.0, TrainRecipe.STOP_STRINGS));
        var tasks = new ArrayList<Task>(stage.tasks());
        for (long i = 0; i < stage.tasks(); i++) tasks.add(train.task(i));
        RejectionSample data = rs.collect(tasks, Seeds.mix(seed, 10));
        List<SftExample> kept = data.accepted();
        if (stage.language() != null) {
            LanguageConsistency lc = Languages.of(stage.language());
            kept = kept.stream().filter(e -> lc.score(null, e.target()).valueOr(0.0) == 1.0).toList();
        }
        if (kept.isEmpty()) {
            throw new jgym.env.GymException("rejection_sft: none of the " + data.sampled() + " completions on " + data.tasks()
                    + " training tasks was kept (" + data.accepted().size() + " correct" + (stage.language() == null ? ""
                    : ", none of them entirely in " + stage.language()) + "): nothing to train on");
        }
        policy.setLearningRate(stage.lr());
        var sft = new SftTrainer(policy, new SftConfig(stage.batch(), true, Seeds.mix(seed, 11)));
        sft.train(kept, stage.steps(), m -> {
            metrics.write(StepRows.sft(m));
            progress.accept(m);
        });
        return new Kept(data.sampled(), data.accepted().size(), kept.size(), data.tasksSolved());
    }

    /** Loads the teacher a stage names, or returns {@code self} when it names none. */
    static Policy sampler(Stage.RejectionSft stage, TransformerPolicy self) throws IOException {
        if (stage.teacher() == null) return self;
        return TransformerPolicy.load(jgym.agents.train.PolicyFolders.resolve(Path.of(stage.teacher())));
    }
}
