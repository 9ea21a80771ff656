package jgym.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jgym.agents.train.Algorithm;
import jgym.agents.train.CurriculumSpec;
import jgym.agents.train.ToolSpec;
import jgym.agents.train.TrainConfig;
import jgym.agents.train.TrainRecipe;
import jgym.agents.train.TrainResult;
import jgym.agents.train.TrainSchedule;
import jgym.agents.train.TrainingRun;
import jgym.env.ScenarioRegistry;
import jgym.env.Seeds;
import jgym.scenarios.Scenarios;

/**
 * {@code gym train}: the main job. An SFT cold start on the oracle traces of a math scenario, then GRPO (or PPO,
 * RLOO), printing held-out accuracy before and after RL, and writing metrics, plots, a summary and a checkpoint to
 * {@code runs/NAME}. Run again with the same arguments to resume from the checkpoint.
 */
final class TrainCommand implements Command {
    private static final Options OPTIONS = new Options(Set.of("--scenario", "--level", "--option", "--seed", "--steps", "--sft-steps", "--algo", "--heldout", "--out", "--init", "--group-size", "--groups", "--temperature", "--rl-lr", "--max-tokens", "--context", "--layers", "--d-model", "--curriculum", "--window", "--promote-at", "--tools", "--max-turns", "--spark", "--partitions"),
            Set.of("--no-sft"), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    /**
     * The default scenario: {@code a mod 2} for a in [1, 999], a short-answer family whose traces fit the small default
     * policy, and on which that policy can generalise to held-out numbers (single-digit arithmetic did not: 12.5%
     * held-out accuracy after 300 SFT steps, see docs/experiments.md).
     */
    static final String DEFAULT_SCENARIO = "math/modular";
    static final Map<String, String> DEFAULT_OPTIONS = Map.of("max_modulus", "2", "max_operand", "999");
    /**
     * A cap: the cold start stops earlier, at the first probe where greedy accuracy on training prompts reaches
     * {@code TrainSchedule}'s stop accuracy (65%). Seeds 1-5 and 42 needed 90-175 steps; with a cap of 100, seeds 3 and
     * 4 began RL at chance and gained 1-2 points (docs/experiments.md, "Seeds").
     */
    static final int DEFAULT_SFT_STEPS = 300;
    static final int DEFAULT_RL_STEPS = 60;

    private final ScenarioRegistry registry;

    TrainCommand() {
        this(Scenarios.registry());
    }

    /** @param registry where scenario names are looked up, never null */
    TrainCommand(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "SFT cold start then GRPO/PPO/RLOO on a math scenario; prints held-out accuracy before and after RL";
    }

    @Override
    public String usage() {
        return "[--scenario NAME] [--level L] [--option key=value]... [--seed S] [--steps N] [--sft-steps N] [--no-sft]\n"
                + "       [--algo grpo|dapo|dr_grpo|bnpo|ppo|rloo] [--heldout N] [--init BASE] [--out DIR]\n"
                + "       [--group-size G (default 4)] [--groups P (default 16)] [--temperature T (default 0.7)] [--rl-lr LR (default 3e-3)]\n"
                + "       [--max-tokens M (default 80)] [--context N (default 112: positions, prompt and completion)]\n"
                + "       [--layers N (default 1)] [--d-model D (default 64)] (a fresh policy's shape; --init brings its own)\n"
                + "       [--curriculum FROM [--window W (default 5)] [--promote-at A (default 0.8)]] (RL starts at level FROM\n"
                + "        and moves up one level, up to --level, when the training accuracy over the last W steps reaches A)\n"
                + "       [--tools python [--max-turns T (default 4)]] (multi-turn RL and held-out evaluation: a completion with a\n"
                + "        Python block and no <answer> runs in the sandbox, its output is appended and the policy goes on, up to T\n"
                + "        calls; the tool's output is never trained on)\n"
                + "       [--spark MASTER [--partitions N]] (RL rollouts as a Spark stage: each step the policy's weights are\n"
                + "        broadcast and N slices of the groups (default: Spark's parallelism) are sampled and scored on the\n"
                + "        executors; the same metrics as a local run, see the README)\n"
                + "  defaults: " + DEFAULT_SCENARIO + " level 1 with max_modulus=2, max_operand=999; seed " + Seeds.DEFAULT
                + "; at most " + DEFAULT_SFT_STEPS + " SFT steps (stopping at "
                + Math.round(100 * jgym.agents.train.ColdStartStop.DEFAULT.accuracy()) + "% greedy training accuracy)\n"
                + "  and " + DEFAULT_RL_STEPS + " RL steps of grpo;\n"
                + "  out runs/<scenario>-<algo>-s<seed>; a folder with a checkpoint of the same settings is resumed;\n"
                + "  --init starts from a base policy (gym pretrain's base/ folder) instead of a random one: with --no-sft, R1-Zero";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        String scenario = a.value("--scenario");
        Map<String, String> options = a.keyValues("--option");
        if (scenario == null) {
            scenario = DEFAULT_SCENARIO;
            if (options.isEmpty()) options = DEFAULT_OPTIONS;
        }
        registry.entry(scenario); // an unknown name fails here, with suggestions
        int level = a.intValue("--level", 1, 1, 1_000);
        long seed = a.longValue("--seed", Seeds.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
        int rlSteps = a.intValue("--steps", DEFAULT_RL_STEPS, 0, 1_000_000);
        if (a.flag("--no-sft") && a.value("--sft-steps") != null) {
            throw new UsageException("--no-sft and --sft-steps contradict each other; give one");
        }
        int sftSteps = a.flag("--no-sft") ? 0 : a.intValue("--sft-steps", DEFAULT_SFT_STEPS, 0, 1_000_000);
        Algorithm algorithm = Algorithm.parse(a.value("--algo") == null ? "grpo" : a.value("--algo"));
        TrainSchedule defaults = TrainSchedule.defaults();
        int heldOut = a.intValue("--heldout", defaults.heldOutSize(), 1, 100_000);
        TrainSchedule schedule = defaults.withRlLearningRate(a.doubleValue("--rl-lr", defaults.rlLearningRate(), 1e-9, 1))
                .withHeldOutSize(heldOut);
        TrainRecipe d = TrainRecipe.defaults();
        int dModel = a.intValue("--d-model", d.dModel(), 8, 4096);
        if (dModel % d.heads() != 0) throw new UsageException("--d-model must be a multiple of " + d.heads() + ", got " + dModel);
        TrainRecipe recipe = new TrainRecipe(a.intValue("--context", d.contextLength(), 16, 8192),
                a.intValue("--layers", d.layers(), 1, 64), dModel, d.heads(),
                a.intValue("--group-size", d.groupSize(), 2, 1024), a.intValue("--groups", d.groupsPerStep(), 1, 4096),
                a.intValue("--max-tokens", d.maxNewTokens(), 1, 100_000), a.doubleValue("--temperature", d.temperature(), 1e-3, 10));
        Path dir = a.value("--out") != null ? Path.of(a.value("--out"))
                : Path.of("runs", scenario.replace('/', '-') + "-" + algorithm.flag() + (sftSteps == 0 ? "-zero" : "") + "-s" + seed);

        Path init = a.value("--init") == null ? null : Checkpoints.policyDir(Path.of(a.value("--init")), "--init");
        CurriculumSpec curriculum = null;
        if (a.value("--curriculum") != null) {
            int from = a.intValue("--curriculum", 1, 1, 1_000);
            if (from > level) throw new UsageException("--curriculum " + from + " must be at most --level " + level);
            curriculum = new CurriculumSpec(from, a.intValue("--window", 5, 1, 100_000), a.doubleValue("--promote-at", 0.8, 1e-9, 1));
        } else if (a.value("--window") != null || a.value("--promote-at") != null) {
            throw new UsageException("--window and --promote-at set a curriculum: give --curriculum FROM too");
        }
        ToolSpec tools = null;
        if (a.value("--tools") != null) {
            if (!a.value("--tools").equals("python")) throw new UsageException("--tools: the one tool is python, got " + a.value("--tools"));
            tools = new ToolSpec("python", a.intValue("--max-turns", 4, 1, 100));
        } else if (a.value("--max-turns") != null) {
            throw new UsageException("--max-turns needs --tools python");
        }
        var config = new TrainConfig(scenario, level, options, seed, sftSteps, rlSteps, algorithm, dir, init, List.of(), curriculum)
                .withTools(tools);
        var run = new TrainingRun(config, recipe, schedule, registry, out);
        TrainResult r;
        if (a.value("--spark") != null) {
            try (var stages = SparkModule.rolloutStages(a.value("--spark"), a.intValue("--partitions", 0, 0, 100_000))) {
                r = run.withRolloutStages(stages).run();
            }
        } else {
            if (a.value("--partitions") != null) throw new UsageException("--partitions needs --spark MASTER");
            r = run.run();
        }
        out.printf(java.util.Locale.ROOT, "held-out accuracy: %.1f%% -> %.1f%% (%+.1f points)%n",
                100 * r.before().accuracy(), 100 * r.after().accuracy(), r.gainPoints());
        return OK;
    }
}
