package jgym.agents.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.rl.Rollout;
import jgym.agents.rl.RolloutBatch;
import jgym.agents.rl.RolloutConfig;
import jgym.env.Budget;
import jgym.env.PromptTemplate;
import jgym.env.ReasoningEnv;
import jgym.env.Rubric;
import jgym.env.Seeds;
import jgym.env.Task;

/**
 * Scores a policy on a {@link HeldOutSet} as a near-greedy rollout (temperature {@value #GREEDY_TEMPERATURE}, one
 * completion per task, through the same {@link Rollout} route as training), so the number measures what the policy
 * knows rather than what it happened to sample.
 */
public final class Evaluator {
    /** The temperature of evaluation: low enough that sampling is argmax for any realistic logit gap. */
    public static final double GREEDY_TEMPERATURE = 1e-4;
    /** Prompts decoded per call to the policy. */
    static final int CHUNK = 64;

    private final HeldOutSet heldOut;
    private final Rollout rollout;

    /**
     * @param maxNewTokens the completion budget, as in training
     * @param stopStrings  stop strings, as in training
     */
    public Evaluator(HeldOutSet heldOut, Rubric rubric, PromptTemplate template, int maxNewTokens, List<String> stopStrings) {
        this(heldOut, rubric, template, maxNewTokens, stopStrings, null);
    }

    /** An evaluator whose episodes may call {@code tools} (null: single-turn), as training's rollouts do. */
    public Evaluator(HeldOutSet heldOut, Rubric rubric, PromptTemplate template, int maxNewTokens, List<String> stopStrings,
                     ToolSpec tools) {
        this.heldOut = Objects.requireNonNull(heldOut, "heldOut");
        Objects.requireNonNull(rubric, "rubric");
        var config = new RolloutConfig(1, CHUNK, new SamplingConfig(maxNewTokens, GREEDY_TEMPERATURE, 1.0, stopStrings), template);
        var tasks = heldOut.asScenario(rubric);
        this.rollout = new Rollout(() -> tools == null ? new ReasoningEnv(tasks, rubric, Budget.singleTurn(), null, template)
                : new ReasoningEnv(tasks, rubric, tools.budget(), tools.tool(), template), config, 0);
    }

    /** Decodes every held-out prompt with {@code policy} and scores the completions; {@code seed} only breaks exact ties. */
    public HeldOutScore score(Policy policy, long seed) {
        List<Task> tasks = heldOut.tasks();
        var batches = new ArrayList<RolloutBatch>();
        for (int from = 0; from < tasks.size(); from += CHUNK) {
            batches.add(rollout.collect(policy, tasks.subList(from, Math.min(tasks.size(), from + CHUNK)), Seeds.mix(seed, from)));
        }
        return HeldOutScore.of(batches);
    }

    /**
     * One completion of every held-out task at {@code sampling} (e.g. temperature 1, to see what the policy samples
     * rather than its greedy answer), in one policy call with {@code samplingSeed}, scored through the rollout route.
     */
    public static RolloutBatch sampleEach(HeldOutSet heldOut, Rubric rubric, PromptTemplate template, SamplingConfig sampling,
                                          Policy policy, long samplingSeed) {
        var tasks = heldOut.asScenario(rubric);
        var rollout = new Rollout(() -> new ReasoningEnv(tasks, rubric, Budget.singleTurn(), null, template),
                new RolloutConfig(1, heldOut.size(), sampling, template), 0);
        return rollout.collect(policy, heldOut.tasks(), samplingSeed);
    }
}
