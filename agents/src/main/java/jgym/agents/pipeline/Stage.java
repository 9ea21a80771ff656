package jgym.agents.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import jgym.agents.train.Algorithm;
import jgym.agents.train.CurriculumSpec;

/**
 * One stage of a {@link Pipeline}: each takes the policy the stage before it left (or a fresh one) and leaves a new one.
 * In a pipeline file a stage is written as its kind with its fields, e.g. {@code - rl: {algo: grpo, steps: 150}}; a
 * field left out takes the default named on it. Every stage may override the task's scenario options ({@code options}),
 * which is how a pretraining corpus can be written in another trace style than the cold start's, and its level
 * ({@code level}), which is how stages at rising levels make a curriculum. The held-out probe after every stage stays on
 * the pipeline's own level and options.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
        @JsonSubTypes.Type(value = Stage.Pretrain.class, name = "pretrain"),
        @JsonSubTypes.Type(value = Stage.ColdStart.class, name = "sft"),
        @JsonSubTypes.Type(value = Stage.Reinforce.class, name = "rl"),
        @JsonSubTypes.Type(value = Stage.RejectionSft.class, name = "rejection_sft")})
public sealed interface Stage {
    /** The kind as written in a pipeline file: {@code pretrain}, {@code sft}, {@code rl}, {@code rejection_sft}. */
    String kind();

    /** Scenario options that replace the task's for this stage only; empty for none. */
    Map<String, String> options();

    /** The scenario level of this stage, or null for the pipeline's. */
    Integer level();

    /**
     * Next-token pretraining on a generated corpus ({@link jgym.agents.train.Pretraining}): the base model.
     *
     * @param longShare share of documents with a long chain of thought, in [0, 1] (default 0.1)
     * @param steps     optimiser steps (default 600)
     * @param batch     documents per step (default 32)
     * @param lr        AdamW learning rate (default 3e-3)
     */
    record Pretrain(@JsonProperty("long_share") Double longShare, Integer steps, Integer batch, Double lr,
                    Integer level, Map<String, String> options) implements Stage {
        public Pretrain {
            longShare = longShare == null ? 0.1 : longShare;
            steps = steps == null ? 600 : steps;
            batch = batch == null ? 32 : batch;
            lr = lr == null ? 3e-3 : lr;
            options = options == null ? Map.of() : Map.copyOf(options);
            if (level != null) Check.atLeast("level", level, 1);
            Check.range("long_share", longShare, 0, 1);
            Check.atLeast("steps", steps, 1);
            Check.atLeast("batch", batch, 1);
            Check.positive("lr", lr);
        }

        @Override
        public String kind() {
            return "pretrain";
        }
    }

    /**
     * Supervised fine-tuning on the scenario's oracle chains of thought: R1's cold start of readable reasoning.
     *
     * @param steps        SFT steps (default 50)
     * @param batch        examples per step (default 32)
     * @param lr           AdamW learning rate (default 3e-3)
     * @param stopAccuracy stop early once greedy accuracy on training prompts reaches it, probed every 5 steps; null
     *                     (the default) runs every step
     */
    record ColdStart(Integer steps, Integer batch, Double lr, @JsonProperty("stop_accuracy") Double stopAccuracy,
                     Integer level, Map<String, String> options) implements Stage {
        public ColdStart {
            steps = steps == null ? 50 : steps;
            batch = batch == null ? 32 : batch;
            lr = lr == null ? 3e-3 : lr;
            options = options == null ? Map.of() : Map.copyOf(options);
            if (level != null) Check.atLeast("level", level, 1);
            Check.atLeast("steps", steps, 1);
            Check.atLeast("batch", batch, 1);
            Check.positive("lr", lr);
            if (stopAccuracy != null) Check.range("stop_accuracy", stopAccuracy, 0, 1);
        }

        @Override
        public String kind() {
            return "sft";
        }
    }

    /**
     * Reinforcement learning with rule-based rewards: the scenario's rubric (correctness, format), plus the
     * language-consistency reward when {@code language} is set.
     *
     * @param algo        {@code grpo} (default), {@code dapo}, {@code dr_grpo}, {@code bnpo}, {@code ppo} or {@code rloo}
     * @param steps       RL steps (default 60)
     * @param groupSize   G, completions per prompt (default 8)
     * @param groups      prompts per step (default 8)
     * @param temperature sampling temperature (default 1.0)
     * @param lr          AdamW learning rate (default 1e-3)
     * @param language    the reward's target language: {@code latin}, {@code cyrillic} or {@code chinese}; null for none
     * @param languageWeight the language-consistency term's weight in the reward (default 0.1 when {@code language} is
     *                    set; R1 added it to the accuracy reward)
     * @param curriculum  start at a lower level and move up to the stage's level as training accuracy allows
     *                    ({@code {from: 1, window: 5, promote_at: 0.8}}); null for none
     */
    record Reinforce(String algo, Integer steps, @JsonProperty("group_size") Integer groupSize, Integer groups,
                     Double temperature, Double lr, String language, @JsonProperty("language_weight") Double languageWeight,
                     Integer level, Map<String, String> options,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Curriculum curriculum) implements Stage {
        public Reinforce {
            algo = algo == null ? "grpo" : algo;
            Algorithm.parse(algo);
            steps = steps == null ? 60 : steps;
            groupSize = groupSize == null ? 8 : groupSize;
            groups = groups == null ? 8 : groups;
            temperature = temperature == null ? 1.0 : temperature;
            lr = lr == null ? 1e-3 : lr;
            options = options == null ? Map.of() : Map.copyOf(options);
            if (level != null) Check.atLeast("level", level, 1);
            Check.atLeast("steps", steps, 1);
            Check.atLeast("group_size", groupSize, 2);
            Check.atLeast("groups", groups, 1);
            Check.positive("temperature", temperature);
            Check.positive("lr", lr);
            if (language != null) Languages.of(language);
            if (languageWeight != null && language == null) {
                throw new IllegalArgumentException("language_weight needs a language (latin, cyrillic or chinese)");
            }
            languageWeight = language == null ? null : languageWeight == null ? 0.1 : languageWeight;
            if (languageWeight != null) Check.range("language_weight", languageWeight, 0, 10);
        }

        @Override
        public String kind() {
            return "rl";
        }

        /** The algorithm named by {@code algo}. */
        public Algorithm algorithm() {
            return Algorithm.parse(algo);
        }
    }

    /**
     * An RL stage's curriculum ({@link CurriculumSpec}): the first level, the window of RL steps averaged, and the
     * training accuracy that promotes.
     *
     * @param from      the level RL starts at (default 1)
     * @param window    RL steps averaged (default 5)
     * @param promoteAt mean training accuracy that moves up one level (default 0.8)
     */
    record Curriculum(Integer from, Integer window, @JsonProperty("promote_at") Double promoteAt) {
        public Curriculum {
            from = from == null ? 1 : from;
            window = window == null ? 5 : window;
            promoteAt = promoteAt == null ? 0.8 : promoteAt;
            Check.atLeast("from", from, 1);
            Check.atLeast("window", window, 1);
            Check.positive("promote_at", promoteAt);
            Check.range("promote_at", promoteAt, 0, 1);
        }

        CurriculumSpec spec() {
            return new CurriculumSpec(from, window, promoteAt);
        }
    }

    /**
     * Rejection sampling and SFT (R1's third stage), or distillation when a teacher is named: the sampler (the current
     * policy, or the teacher) draws {@code samples} completions for each of {@code tasks} training tasks, the correct
     * ones (and, with {@code language}, only those whose chain of thought is entirely in that language's script) become
     * SFT data, and the current policy is trained on them.
     *
     * @param tasks       training tasks sampled (default 256)
     * @param samples     completions per task (default 4)
     * @param temperature sampling temperature (default 1.0)
     * @param steps       SFT steps on the accepted completions (default 50)
     * @param batch       examples per step (default 32)
     * @param lr          AdamW learning rate (default 1e-3)
     * @param language    keep only completions whose chain of thought is in this language's script; null keeps all
     * @param teacher     a policy whose samples are used instead of the current policy's (distillation): a policy
     *                    folder, a run folder or another pipeline's folder, relative to the working directory; null for
     *                    none
     */
    record RejectionSft(Integer tasks, Integer samples, Double temperature, Integer steps, Integer batch, Double lr,
                        String language, String teacher, Integer level, Map<String, String> options) implements Stage {
        public RejectionSft {
            tasks = tasks == null ? 256 : tasks;
            samples = samples == null ? 4 : samples;
            temperature = temperature == null ? 1.0 : temperature;
            steps = steps == null ? 50 : steps;
            batch = batch == null ? 32 : batch;
            lr = lr == null ? 1e-3 : lr;
            options = options == null ? Map.of() : Map.copyOf(options);
            if (level != null) Check.atLeast("level", level, 1);
            Check.atLeast("tasks", tasks, 1);
            Check.atLeast("samples", samples, 1);
            Check.positive("temperature", temperature);
            Check.atLeast("steps", steps, 1);
            Check.atLeast("batch", batch, 1);
            Check.positive("lr", lr);
            if (language != null) Languages.of(language);
        }

        @Override
        public String kind() {
            return "rejection_sft";
        }
    }

    /** Field checks whose messages name the field as it is written in a pipeline file. */
    final class Check {
        private Check() {}

        static void atLeast(String field, int v, int min) {
            if (v < min) throw new IllegalArgumentException(field + " must be >= " + min + ", got " + v);
        }

        static void positive(String field, double v) {
            if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(field + " must be finite and > 0, got " + v);
        }

        static void range(String field, double v, double lo, double hi) {
            if (!(v >= lo && v <= hi)) throw new IllegalArgumentException(field + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }
}
