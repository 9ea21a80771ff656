package jgym.agents.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jgym.env.Rubric;

/**
 * What a {@code gym train} run trains on and for how long.
 *
 * @param scenario registered scenario name, e.g. {@code math/arithmetic}; must be procedural
 * @param level    difficulty level, >= 1
 * @param options  scenario options (e.g. {@code operands -> 2}); copied
 * @param seed     the run's seed: the policy's initialisation, the SFT shuffle, every rollout and the held-out set
 *                 derive from it by {@link jgym.env.Seeds#mix}
 * @param sftSteps SFT cold-start steps on oracle traces, >= 0; 0 is R1-Zero style RL from the untrained policy
 * @param rlSteps  RL steps, >= 0
 * @param algorithm the RL algorithm
 * @param out      the run's folder (metrics, plots, summary, checkpoints)
 * @param init     a base policy to start from ({@code gym pretrain}'s {@code base/}), or null for a fresh random one; the
 *                 base's shape then replaces the recipe's
 * @param shaping  reward terms added after the scenario's rubric during RL (e.g. R1's language-consistency reward);
 *                 held-out accuracy is unaffected (it reads the first term, correctness)
 * @param curriculum RL starts at a lower level and is promoted up to {@code level} ({@link CurriculumSpec}), or null
 * @param tools    a tool the policy may call in RL rollouts and held-out evaluation (multi-turn episodes), or null
 */
public record TrainConfig(String scenario, int level, Map<String, String> options, long seed, int sftSteps, int rlSteps,
                          Algorithm algorithm, Path out, Path init, List<Rubric.Term> shaping, CurriculumSpec curriculum,
                          ToolSpec tools) {
    public TrainConfig {
        if (curriculum != null && curriculum.from() > level) {
            throw new IllegalArgumentException("curriculum from (" + curriculum.from() + ") must be at most level (" + level + ")");
        }
        shaping = List.copyOf(shaping);
        Objects.requireNonNull(scenario, "scenario");
        options = Map.copyOf(options);
        if (level < 1) throw new IllegalArgumentException("level must be >= 1, got " + level);
        if (sftSteps < 0) throw new IllegalArgumentException("sftSteps must be >= 0, got " + sftSteps);
        if (rlSteps < 0) throw new IllegalArgumentException("rlSteps must be >= 0, got " + rlSteps);
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(out, "out");
    }

    /** A run without tools. */
    public TrainConfig(String scenario, int level, Map<String, String> options, long seed, int sftSteps, int rlSteps,
                       Algorithm algorithm, Path out, Path init, List<Rubric.Term> shaping, CurriculumSpec curriculum) {
        this(scenario, level, options, seed, sftSteps, rlSteps, algorithm, out, init, shaping, curriculum, null);
    }

    /** This run with {@code tools} offered to the policy (null: none). */
    public TrainConfig withTools(ToolSpec tools) {
        return new TrainConfig(scenario, level, options, seed, sftSteps, rlSteps, algorithm, out, init, shaping, curriculum, tools);
    }

    /** A run without a curriculum. */
    public TrainConfig(String scenario, int level, Map<String, String> options, long seed, int sftSteps, int rlSteps,
                       Algorithm algorithm, Path out, Path init, List<Rubric.Term> shaping) {
        this(scenario, level, options, seed, sftSteps, rlSteps, algorithm, out, init, shaping, null);
    }

    /** A run with the scenario's own rubric. */
    public TrainConfig(String scenario, int level, Map<String, String> options, long seed, int sftSteps, int rlSteps,
                       Algorithm algorithm, Path out, Path init) {
        this(scenario, level, options, seed, sftSteps, rlSteps, algorithm, out, init, List.of());
    }

    /** A run from a fresh random policy. */
    public TrainConfig(String scenario, int level, Map<String, String> options, long seed, int sftSteps, int rlSteps,
                       Algorithm algorithm, Path out) {
        this(scenario, level, options, seed, sftSteps, rlSteps, algorithm, out, null);
    }
}
