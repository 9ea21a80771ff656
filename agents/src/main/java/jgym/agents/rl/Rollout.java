package jgym.agents.rl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import jgym.agents.policy.Policy;
import jgym.agents.policy.Sample;
import jgym.env.Budget;
import jgym.env.GroupEnv;
import jgym.env.ReasoningEnv;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Seeds;
import jgym.env.Step;
import jgym.env.Task;

/**
 * Samples and scores one step's completions through the env contract: a {@link GroupEnv} of single-turn
 * {@link ReasoningEnv}s draws each task and scores each completion with the rubric; the policy samples G completions
 * per rendered prompt in one call.
 *
 * <p>Reproducible from the seed: step {@code s} samples with {@code Seeds.mix(seed, s)} and draws group {@code p}'s
 * task by resetting the group env with {@code Seeds.mix(Seeds.mix(seed, s), p)}. A further round {@code r >= 1} of the
 * same step (dynamic sampling's refill) does the same from {@code Seeds.mix(Seeds.mix(seed, s), -r)}.
 */
public final class Rollout {
    private final GroupEnv env;
    private final RolloutConfig config;
    private final long seed;
    private long samplingNanos, scoringNanos;

    /**
     * @param scenario where tasks come from
     * @param rubric   how completions are scored (usually {@code scenario.rubric()})
     * @param seed     the run's seed
     */
    public Rollout(Scenario scenario, Rubric rubric, RolloutConfig config, long seed) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(rubric, "rubric");
        this.config = Objects.requireNonNull(config, "config");
        this.seed = seed;
        this.env = new GroupEnv(scenario, config.groupSize(),
                () -> new ReasoningEnv(scenario, rubric, Budget.singleTurn(), null, config.template()));
    }

    public RolloutConfig config() {
        return config;
    }

    /** The seed the policy samples step {@code step} with. */
    public long samplingSeed(long step) {
        return Seeds.mix(seed, step);
    }

    /** Draws {@code groupsPerStep} tasks, samples G completions of each with {@code policy} and scores them. */
    public RolloutBatch collect(Policy policy, long step) {
        return collect(policy, step, 0);
    }

    /** Round {@code round} of step {@code step}: round 0 is {@link #collect(Policy, long)}, later rounds draw afresh. */
    public RolloutBatch collect(Policy policy, long step, int round) {
        if (round < 0) throw new IllegalArgumentException("round must be >= 0, got " + round);
        long base = round == 0 ? samplingSeed(step) : Seeds.mix(samplingSeed(step), -round);
        int G = config.groupSize();
        var tasks = new ArrayList<Task>(config.groupsPerStep());
        var prompts = new ArrayList<String>(config.groupsPerStep());
        for (int p = 0; p < config.groupsPerStep(); p++) {
            var observations = env.reset(Seeds.mix(base, p));
            tasks.add(observations.get(0).task());
            prompts.add(observations.get(0).text());
        }
        var repeated = new ArrayList<String>(config.completionsPerStep());
        for (String prompt : prompts) repeated.addAll(Collections.nCopies(G, prompt));
        long t0 = System.nanoTime();
        List<Sample> samples = policy.sample(repeated, config.sampling(), base);
        long t1 = System.nanoTime();
        samplingNanos += t1 - t0;
        if (samples.size() != repeated.size()) {
            throw new IllegalStateException("policy returned " + samples.size() + " samples for " + repeated.size() + " prompts");
        }

        var groups = new ArrayList<RolloutBatch.Group>(tasks.size());
        for (int p = 0; p < tasks.size(); p++) {
            List<Sample> members = samples.subList(p * G, (p + 1) * G);
            env.reset(tasks.get(p));
            List<Step> steps = env.step(members.stream().map(Sample::text).toList());
            var rewards = new ArrayList<RewardResult>(G);
            boolean[] truncated = new boolean[G];
            for (int i = 0; i < G; i++) {
                rewards.add(steps.get(i).reward());
                truncated[i] = members.get(i).truncated() || steps.get(i).truncated();
            }
            int[] promptTokens = policy.tokenizer().encode(prompts.get(p));
            groups.add(new RolloutBatch.Group(tasks.get(p), prompts.get(p), promptTokens, members, rewards, truncated));
        }
        scoringNanos += System.nanoTime() - t1;
        return new RolloutBatch(G, config.sampling().temperature(), groups);
    }

    /** Wall-clock seconds spent in the policy's sampling so far, over every call (not reproducible: for timing rows). */
    public double samplingSeconds() {
        return samplingNanos / 1e9;
    }

    /**
     * Wall-clock seconds spent scoring completions so far (the rubric through the env: for code, the sandbox), over every
     * call; with {@link #samplingSeconds()} this splits a step's time.
     */
    public double scoringSeconds() {
        return scoringNanos / 1e9;
    }
}
