package jgym.agents.rl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SequenceBatch;
import jgym.env.RewardResult;
import jgym.env.Task;

/**
 * The completions of one training step, scored: groups of G samples, each group on one task. Completion {@code i} of
 * the flattened batch is sample {@code i % G} of group {@code i / G}.
 *
 * @param groupSize   G, the number of samples in every group, >= 1
 * @param temperature the temperature the samples were drawn at: their log-probabilities, and those a trainer computes
 *                    to compare with them, are taken at it
 * @param groups      the groups, in the order they were drawn; may be empty after dynamic sampling dropped them all
 */
public record RolloutBatch(int groupSize, double temperature, List<Group> groups) {
    public RolloutBatch {
        if (groupSize < 1) throw new IllegalArgumentException("groupSize must be >= 1, got " + groupSize);
        if (!(temperature > 0)) throw new IllegalArgumentException("temperature must be > 0, got " + temperature);
        groups = List.copyOf(groups);
        for (Group g : groups) {
            if (g.samples().size() != groupSize) {
                throw new IllegalArgumentException("groups: " + g.task().id() + " has " + g.samples().size() + " samples, expected " + groupSize);
            }
        }
    }

    /**
     * G scored completions of one task.
     *
     * @param task         the task every member answered
     * @param prompt       the rendered prompt the policy saw
     * @param promptTokens the prompt encoded by the policy's tokenizer
     * @param samples      the G completions, with the sampling policy's log-probabilities
     * @param rewards      the rubric's verdict on each completion, in sample order
     * @param truncated    per completion: cut by the sampler's token budget or by the env's budget
     * @param written      per completion token: true where the policy wrote it, false inside a tool's output (a
     *                     multi-turn episode's sample holds every turn and the tool outputs between them)
     * @param toolCalls    per completion: how many tool calls the episode made (0 for a single-turn episode)
     */
    public record Group(Task task, String prompt, int[] promptTokens, List<Sample> samples, List<RewardResult> rewards,
                        boolean[] truncated, boolean[][] written, int[] toolCalls) implements java.io.Serializable {
        public Group {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(promptTokens, "promptTokens");
            samples = List.copyOf(samples);
            rewards = List.copyOf(rewards);
            if (rewards.size() != samples.size() || truncated.length != samples.size() || written.length != samples.size()
                    || toolCalls.length != samples.size()) {
                throw new IllegalArgumentException("samples, rewards, truncated, written and toolCalls differ in count: "
                        + samples.size() + ", " + rewards.size() + ", " + truncated.length + ", " + written.length + ", "
                        + toolCalls.length);
            }
            for (int i = 0; i < written.length; i++) {
                if (written[i].length != samples.get(i).tokens().length) {
                    throw new IllegalArgumentException("written[" + i + "] has " + written[i].length + " entries for "
                            + samples.get(i).tokens().length + " tokens");
                }
            }
        }

        /** A group of single-turn completions: every token written by the policy, no tool calls. */
        public Group(Task task, String prompt, int[] promptTokens, List<Sample> samples, List<RewardResult> rewards,
                     boolean[] truncated) {
            this(task, prompt, promptTokens, samples, rewards, truncated, allWritten(samples), new int[samples.size()]);
        }

        private static boolean[][] allWritten(List<Sample> samples) {
            boolean[][] w = new boolean[samples.size()][];
            for (int i = 0; i < w.length; i++) {
                w[i] = new boolean[samples.get(i).tokens().length];
                java.util.Arrays.fill(w[i], true);
            }
            return w;
        }
    }

    /** Number of completions. */
    public int size() {
        return groups.size() * groupSize;
    }

    public Sample sample(int i) {
        return groups.get(i / groupSize).samples().get(i % groupSize);
    }

    public RewardResult reward(int i) {
        return groups.get(i / groupSize).rewards().get(i % groupSize);
    }

    /** Whether completion {@code i} is correct, by the one definition: {@link RewardResult#correct()}. */
    public boolean correct(int i) {
        return reward(i).correct();
    }

    /** The total reward of every completion, in batch order. */
    public double[] rewards() {
        double[] r = new double[size()];
        for (int i = 0; i < r.length; i++) r[i] = reward(i).total();
        return r;
    }

    public boolean[] truncated() {
        boolean[] t = new boolean[size()];
        for (int i = 0; i < t.length; i++) t[i] = groups.get(i / groupSize).truncated()[i % groupSize];
        return t;
    }

    /** Prompt and completion tokens of every completion, for scoring or training, at the sampling temperature. */
    public SequenceBatch sequences() {
        int[][] prompts = new int[size()][];
        int[][] completions = new int[size()][];
        for (int i = 0; i < prompts.length; i++) {
            prompts[i] = groups.get(i / groupSize).promptTokens();
            completions[i] = sample(i).tokens();
        }
        return new SequenceBatch(prompts, completions, temperature);
    }

    /** log pi_old per completion token, from the policy that sampled. */
    public double[][] oldLogProbs() {
        double[][] out = new double[size()][];
        for (int i = 0; i < out.length; i++) out[i] = Batches.toDouble(sample(i).logProbs());
        return out;
    }

    /**
     * Per completion token: true where it counts in the loss: every token the policy wrote (a tool's output never
     * counts), none of a truncated completion when {@code maskTruncated}.
     */
    public boolean[][] mask(boolean maskTruncated) {
        boolean[] truncated = truncated();
        boolean[][] mask = new boolean[size()][];
        for (int i = 0; i < mask.length; i++) {
            boolean[] written = groups.get(i / groupSize).written()[i % groupSize];
            mask[i] = new boolean[written.length];
            if (!(maskTruncated && truncated[i])) System.arraycopy(written, 0, mask[i], 0, written.length);
        }
        return mask;
    }

    /** How many tool calls completion {@code i}'s episode made. */
    public int toolCalls(int i) {
        return groups.get(i / groupSize).toolCalls()[i % groupSize];
    }

    /** Completion tokens the policy wrote in this batch (tool outputs not counted). */
    public long tokens() {
        long n = 0;
        for (int i = 0; i < size(); i++) {
            for (boolean w : groups.get(i / groupSize).written()[i % groupSize]) if (w) n++;
        }
        return n;
    }

    /** This batch's groups, then {@code more}'s (same G and temperature). */
    public RolloutBatch plus(RolloutBatch more) {
        if (more.groupSize != groupSize || more.temperature != temperature) {
            throw new IllegalArgumentException("more: another group size or temperature (" + more.groupSize + ", " + more.temperature + ")");
        }
        var all = new ArrayList<>(groups);
        all.addAll(more.groups);
        return new RolloutBatch(groupSize, temperature, all);
    }

    /** The first {@code n} groups (all of them if there are fewer). */
    public RolloutBatch firstGroups(int n) {
        return groups.size() <= n ? this : new RolloutBatch(groupSize, temperature, groups.subList(0, n));
    }

    /** This batch without the groups whose total rewards are all equal (DAPO's dynamic sampling). */
    public RolloutBatch withoutUniformGroups() {
        var kept = new ArrayList<Group>(groups.size());
        double[] r = rewards();
        for (int g = 0; g < groups.size(); g++) {
            if (!Advantages.uniform(r, g * groupSize, groupSize)) kept.add(groups.get(g));
        }
        return new RolloutBatch(groupSize, temperature, kept);
    }
}
