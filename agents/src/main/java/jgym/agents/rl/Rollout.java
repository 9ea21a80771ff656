package jgym.agents.rl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import jgym.agents.policy.Policy;
import jgym.agents.policy.Sample;
import jgym.env.Budget;
import jgym.env.Env;
import jgym.env.GroupEnv;
import jgym.env.Observation;
import jgym.env.ReasoningEnv;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Seeds;
import jgym.env.Step;
import jgym.env.Task;

/**
 * The one route from a policy's completions to rewards: {@link GroupEnv}s of member environments start G episodes per
 * task, the policy samples G completions per prompt in one call, and each member env steps its completion and says
 * the reward. Training ({@link #collect(Policy, long)}), rejection sampling and evaluation
 * ({@link #collect(Policy, List, long)}, over given tasks) all go through it, so a wrapper around the member env
 * (reward shaping, a curriculum, a turn limit) reaches every one of them.
 *
 * <p>Episodes are single-turn: the env must end each episode on the completion (terminated, or truncated by a budget);
 * an env that asks for another turn (a tool call) is refused with an error, since the trainers learn from one
 * completion per prompt.
 *
 * <p>Reproducible from the seed: step {@code s} samples with {@code Seeds.mix(seed, s)} and draws group {@code p}'s
 * task by resetting its group env with {@code Seeds.mix(Seeds.mix(seed, s), p)}. A further round {@code r >= 1} of the
 * same step (dynamic sampling's refill) does the same from {@code Seeds.mix(Seeds.mix(seed, s), -r)}.
 */
public final class Rollout {
    private final Supplier<? extends Env> member;
    private final RolloutConfig config;
    private final long seed;
    private final List<GroupEnv> groups = new ArrayList<>();
    private long samplingNanos, scoringNanos;

    /**
     * Rollouts in single-turn {@link ReasoningEnv}s over {@code scenario}, prompts rendered by {@code config.template()}.
     *
     * @param scenario where tasks come from
     * @param rubric   how completions are scored (usually {@code scenario.rubric()})
     * @param seed     the run's seed
     */
    public Rollout(Scenario scenario, Rubric rubric, RolloutConfig config, long seed) {
        this(singleTurn(scenario, rubric, config), config, seed);
    }

    /**
     * Rollouts in the environments {@code member} makes (G per group, one group per prompt of a step).
     *
     * @param seed the run's seed
     */
    public Rollout(Supplier<? extends Env> member, RolloutConfig config, long seed) {
        this.member = Objects.requireNonNull(member, "member");
        this.config = Objects.requireNonNull(config, "config");
        this.seed = seed;
    }

    private static Supplier<Env> singleTurn(Scenario scenario, Rubric rubric, RolloutConfig config) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(config, "config");
        return () -> new ReasoningEnv(scenario, rubric, Budget.singleTurn(), null, config.template());
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
        var starts = new ArrayList<List<Observation>>(config.groupsPerStep());
        for (int p = 0; p < config.groupsPerStep(); p++) starts.add(group(p).reset(Seeds.mix(base, p)));
        return finish(policy, starts, base);
    }

    /**
     * G completions of each of {@code tasks} (any number), sampled with {@code samplingSeed} in one call and scored:
     * evaluation (G = 1, near-greedy) and rejection sampling (G = k) over fixed tasks.
     */
    public RolloutBatch collect(Policy policy, List<Task> tasks, long samplingSeed) {
        var starts = new ArrayList<List<Observation>>(tasks.size());
        for (int p = 0; p < tasks.size(); p++) starts.add(group(p).reset(tasks.get(p)));
        return finish(policy, starts, samplingSeed);
    }

    /** Group env {@code p}, made on first use and kept: each group of a step is reset once and stepped once. */
    private GroupEnv group(int p) {
        while (groups.size() <= p) groups.add(new GroupEnv(config.groupSize(), member));
        return groups.get(p);
    }

    private RolloutBatch finish(Policy policy, List<List<Observation>> starts, long samplingSeed) {
        int G = config.groupSize();
        var repeated = new ArrayList<String>(starts.size() * G);
        for (List<Observation> start : starts) repeated.addAll(Collections.nCopies(G, start.get(0).text()));
        long t0 = System.nanoTime();
        List<Sample> samples = policy.sample(repeated, config.sampling(), samplingSeed);
        long t1 = System.nanoTime();
        samplingNanos += t1 - t0;
        if (samples.size() != repeated.size()) {
            throw new IllegalStateException("policy returned " + samples.size() + " samples for " + repeated.size() + " prompts");
        }
        var out = new ArrayList<RolloutBatch.Group>(starts.size());
        for (int p = 0; p < starts.size(); p++) {
            List<Sample> members = samples.subList(p * G, (p + 1) * G);
            List<Step> steps = groups.get(p).step(members.stream().map(Sample::text).toList());
            var rewards = new ArrayList<RewardResult>(G);
            boolean[] truncated = new boolean[G];
            for (int i = 0; i < G; i++) {
                Step step = steps.get(i);
                if (!step.done()) {
                    throw new IllegalStateException("rollouts are single-turn, but the env did not end the episode on the completion"
                            + " (task " + step.observation().task().id() + ": a tool call, or a turn budget above 1?)");
                }
                rewards.add(step.reward());
                truncated[i] = members.get(i).truncated() || step.truncated();
            }
            Task task = starts.get(p).get(0).task();
            String prompt = starts.get(p).get(0).text();
            out.add(new RolloutBatch.Group(task, prompt, policy.tokenizer().encode(prompt), members, rewards, truncated));
        }
        scoringNanos += System.nanoTime() - t1;
        return new RolloutBatch(G, config.sampling().temperature(), out);
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
