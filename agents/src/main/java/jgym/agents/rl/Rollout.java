package jgym.agents.rl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import jgym.agents.policy.Policy;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingPolicy;
import jgym.agents.policy.Tokenizer;
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
 * <p>Episodes may take several turns: when a member env answers a completion with a tool's output instead of ending
 * the episode, the policy continues from the prompt, its turns so far and the outputs between them, until the env ends
 * the episode (an answer, or a budget: {@link jgym.env.TurnLimit}, {@link jgym.env.Budget}). The episode's sample is
 * the whole transcript, with the tools' tokens marked as not written by the policy
 * ({@link RolloutBatch.Group#written()}), so no loss counts them; its reward is the env's on the last step. A
 * transcript that fills the policy's context ends with an empty, truncated last turn.
 *
 * <p>Reproducible from the seed: step {@code s} samples with {@code Seeds.mix(seed, s)} and draws group {@code p}'s
 * task by resetting its group env with {@code Seeds.mix(Seeds.mix(seed, s), p)}. A further round {@code r >= 1} of the
 * same step (dynamic sampling's refill) does the same from {@code Seeds.mix(Seeds.mix(seed, s), -r)}. Turn {@code k >= 1}
 * of a call sampled with seed {@code z} samples its rows with {@code Seeds.mix(~z, -k)}. Every turn numbers each row
 * by its place in the call ({@link jgym.agents.policy.SamplingPolicy#sample(List, jgym.agents.policy.SamplingConfig,
 * long, int[])}), so a row draws the same whichever other rows are still going, and a slice of the groups run elsewhere
 * ({@link #on(RolloutStage)}) draws what the whole call draws.
 */
public final class Rollout {
    private final Supplier<? extends Env> member;
    private final RolloutConfig config;
    private final long seed;
    private final RolloutStage stage;
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
        this(member, config, seed, null);
    }

    private Rollout(Supplier<? extends Env> member, RolloutConfig config, long seed, RolloutStage stage) {
        this.member = Objects.requireNonNull(member, "member");
        this.config = Objects.requireNonNull(config, "config");
        this.seed = seed;
        this.stage = stage;
    }

    /**
     * This rollout with its steps' groups sampled and scored by {@code stage} (e.g. on Spark executors); the tasks
     * are still drawn here, from the same seeds.
     */
    public Rollout on(RolloutStage stage) {
        return new Rollout(member, config, seed, Objects.requireNonNull(stage, "stage"));
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
        if (stage == null) return finish(policy, starts, base, 0);
        RolloutStage.Result r = stage.run(policy, config, starts.stream().map(s -> s.get(0).task()).toList(), base);
        samplingNanos += Math.round(r.samplingSeconds() * 1e9);
        scoringNanos += Math.round(r.scoringSeconds() * 1e9);
        return new RolloutBatch(config.groupSize(), config.sampling().temperature(), r.groups());
    }

    /**
     * G completions of each of {@code tasks} (any number), sampled with {@code samplingSeed} in one call and scored:
     * evaluation (G = 1, near-greedy; or n samples for pass@k) and rejection sampling (G = k) over fixed tasks. A policy
     * that is not a {@link Policy} (a remote model) has no tokenizer: its groups carry no prompt tokens, its
     * transcripts text only, and its context is not checked here.
     */
    public RolloutBatch collect(SamplingPolicy policy, List<Task> tasks, long samplingSeed) {
        return collect(policy, tasks, samplingSeed, 0);
    }

    /**
     * The groups {@code firstGroup, firstGroup + 1, ...} of a call over more tasks: {@code tasks} are those groups' tasks,
     * and their rows are numbered from {@code firstGroup * G}, so a worker given a slice of a step's tasks samples what
     * one call over all of them samples for that slice (for a policy that honours row numbers).
     */
    public RolloutBatch collect(SamplingPolicy policy, List<Task> tasks, long samplingSeed, int firstGroup) {
        if (firstGroup < 0) throw new IllegalArgumentException("firstGroup must be >= 0, got " + firstGroup);
        var starts = new ArrayList<List<Observation>>(tasks.size());
        for (int p = 0; p < tasks.size(); p++) starts.add(group(p).reset(tasks.get(p)));
        return finish(policy, starts, samplingSeed, Math.multiplyExact(firstGroup, config.groupSize()));
    }

    /** Group env {@code p}, made on first use and kept: each group of a step is reset once and stepped once. */
    private GroupEnv group(int p) {
        while (groups.size() <= p) groups.add(new GroupEnv(config.groupSize(), member));
        return groups.get(p);
    }

    private RolloutBatch finish(SamplingPolicy policy, List<List<Observation>> starts, long samplingSeed, int firstRow) {
        Tokenizer tok = policy instanceof Policy p ? p.tokenizer() : null;
        int contextLength = policy instanceof Policy p ? p.contextLength() : Integer.MAX_VALUE;
        int G = config.groupSize(), n = starts.size() * G;
        var transcripts = new Transcript[n];
        var rewards = new RewardResult[n];
        var live = new ArrayList<Integer>(n);
        for (int i = 0; i < n; i++) {
            transcripts[i] = new Transcript(starts.get(i / G).get(i % G).text());
            live.add(i);
        }
        // Turn 0 samples every row in one call; each later turn, the rows whose env answered with a tool output
        for (int turn = 0; !live.isEmpty(); turn++) {
            boolean[] full = new boolean[live.size()];
            List<Sample> samples = sampleTurn(policy, tok, contextLength, transcripts, live, firstRow, full,
                    turn == 0 ? samplingSeed : Seeds.mix(~samplingSeed, -turn));
            long t1 = System.nanoTime();
            var next = new ArrayList<Integer>();
            for (int j = 0; j < live.size(); j++) {
                int i = live.get(j);
                Sample s = samples.get(j);
                Step step = groups.get(i / G).step(i % G, s.text());
                if (step.done()) {
                    transcripts[i].finish(s, step.truncated());
                    rewards[i] = step.reward();
                } else if (full[j]) {
                    throw new IllegalStateException("the transcript of task " + step.observation().task().id()
                            + " filled the policy's context (" + contextLength + " tokens) and the env did not end"
                            + " the episode on the empty answer that follows (a tool that answers an empty action?)");
                } else {
                    transcripts[i].continueWith(s, step.observation().text(), tok);
                    next.add(i);
                }
            }
            scoringNanos += System.nanoTime() - t1;
            live = next;
        }
        var out = new ArrayList<RolloutBatch.Group>(starts.size());
        for (int p = 0; p < starts.size(); p++) {
            var samples = new ArrayList<Sample>(G);
            var written = new boolean[G][];
            var calls = new int[G];
            var truncated = new boolean[G];
            for (int j = 0; j < G; j++) {
                Transcript t = transcripts[p * G + j];
                samples.add(t.sample());
                written[j] = t.written();
                calls[j] = t.toolCalls();
                truncated[j] = samples.get(j).truncated();
            }
            Observation start = starts.get(p).get(0);
            out.add(new RolloutBatch.Group(start.task(), start.text(), tok == null ? new int[0] : tok.encode(start.text()), samples,
                    List.of(rewards).subList(p * G, (p + 1) * G), truncated, written, calls));
        }
        return new RolloutBatch(G, config.sampling().temperature(), out);
    }

    /**
     * One turn of the rows {@code live}, in one call of the policy. A row's pending tool output joins its transcript
     * if the policy's context still has room after it; otherwise it is dropped, the row is marked {@code full} and gets
     * an empty truncated sample without asking the policy (what the sampler gives a prompt that fills the context).
     */
    private List<Sample> sampleTurn(SamplingPolicy policy, Tokenizer tok, int contextLength, Transcript[] transcripts,
                                    List<Integer> live, int firstRow, boolean[] full, long seed) {
        var prompts = new ArrayList<String>(live.size());
        var asked = new ArrayList<Integer>(live.size());
        var rows = new ArrayList<Integer>(live.size());
        var out = new ArrayList<Sample>(Collections.nCopies(live.size(), new Sample("", new int[0], new float[0], true)));
        for (int j = 0; j < live.size(); j++) {
            Transcript t = transcripts[live.get(j)];
            if (t.hasPending()) {
                if (tok != null && tok.encode(t.context()).length >= contextLength) {
                    t.dropPending();
                    full[j] = true;
                    continue;
                }
                t.commitPending(tok);
            }
            prompts.add(t.context());
            asked.add(j);
            rows.add(firstRow + live.get(j));
        }
        long t0 = System.nanoTime();
        List<Sample> samples = prompts.isEmpty() ? List.of()
                : policy.sample(prompts, config.sampling(), seed, rows.stream().mapToInt(Integer::intValue).toArray());
        samplingNanos += System.nanoTime() - t0;
        if (samples.size() != prompts.size()) {
            throw new IllegalStateException("policy returned " + samples.size() + " samples for " + prompts.size() + " prompts");
        }
        for (int k = 0; k < asked.size(); k++) out.set(asked.get(k), samples.get(k));
        return out;
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
