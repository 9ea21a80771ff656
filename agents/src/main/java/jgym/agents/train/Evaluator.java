package jgym.agents.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jgym.agents.policy.Policy;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;
import jgym.env.PromptTemplate;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Seeds;
import jgym.env.Task;

/**
 * Scores a policy on a {@link HeldOutSet} with near-greedy decoding (temperature {@value #GREEDY_TEMPERATURE}), so
 * the number measures what the policy knows rather than what it happened to sample.
 */
public final class Evaluator {
    /** The temperature of evaluation: low enough that sampling is argmax for any realistic logit gap. */
    public static final double GREEDY_TEMPERATURE = 1e-4;
    /** Prompts decoded per call to the policy. */
    static final int CHUNK = 64;

    private final HeldOutSet heldOut;
    private final Rubric rubric;
    private final PromptTemplate template;
    private final SamplingConfig sampling;

    /**
     * @param maxNewTokens the completion budget, as in training
     * @param stopStrings  stop strings, as in training
     */
    public Evaluator(HeldOutSet heldOut, Rubric rubric, PromptTemplate template, int maxNewTokens, List<String> stopStrings) {
        this.heldOut = Objects.requireNonNull(heldOut, "heldOut");
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.template = Objects.requireNonNull(template, "template");
        this.sampling = new SamplingConfig(maxNewTokens, GREEDY_TEMPERATURE, 1.0, stopStrings);
    }

    /** Decodes every held-out prompt with {@code policy} and scores the completions; {@code seed} only breaks exact ties. */
    public HeldOutScore score(Policy policy, long seed) {
        List<Task> tasks = heldOut.tasks();
        int correct = 0;
        double reward = 0, length = 0;
        for (int from = 0; from < tasks.size(); from += CHUNK) {
            List<Task> chunk = tasks.subList(from, Math.min(tasks.size(), from + CHUNK));
            var prompts = new ArrayList<String>(chunk.size());
            for (Task t : chunk) prompts.add(template.render(t));
            List<Sample> samples = policy.sample(prompts, sampling, Seeds.mix(seed, from));
            for (int i = 0; i < chunk.size(); i++) {
                RewardResult r = rubric.evaluate(chunk.get(i), samples.get(i).text());
                reward += r.total();
                length += samples.get(i).tokens().length;
                if (r.components().get(0).score().valueOr(0) >= 1.0) correct++;
            }
        }
        int n = tasks.size();
        return new HeldOutScore(n, (double) correct / n, reward / n, length / n);
    }
}
