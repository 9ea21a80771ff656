package jgym.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jgym.agents.pipeline.Pipeline;
import jgym.agents.pipeline.PipelineSpec;
import jgym.env.ScenarioRegistry;
import jgym.scenarios.Scenarios;

/**
 * {@code gym pipeline FILE|PRESET}: a multi-stage training run from a YAML or JSON file (pretraining, cold-start SFT,
 * RL with any GRPO variant, rejection sampling + SFT, distillation), resumable per stage; see {@link Pipeline}.
 */
final class PipelineCommand implements Command {
    private static final Options OPTIONS = new Options(Set.of("--seed", "--out", "--spark", "--partitions"),
            Set.of("--show"), 1);

    @Override
    public Options options() {
        return OPTIONS;
    }

    private final ScenarioRegistry registry;

    PipelineCommand() {
        this(Scenarios.registry());
    }

    PipelineCommand(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public String summary() {
        return "run a multi-stage pipeline (pretrain, sft, rl, rejection_sft) from a YAML/JSON file or a preset (r1-zero, r1)";
    }

    @Override
    public String usage() {
        return "FILE|PRESET [--seed S] [--out DIR] [--show] [--spark MASTER [--partitions N]]\n"
                + "  --spark: the RL stages' rollouts as a Spark stage (as gym train --spark)\n"
                + "  presets: " + String.join(", ", PipelineSpec.PRESETS) + "; --show prints the preset's YAML (to copy and edit)\n"
                + "  out defaults to runs/<name>-s<seed>; running again skips finished stages and resumes the unfinished one";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        String what = a.positional(0, "the pipeline: a YAML or JSON file, or a preset (" + String.join(", ", PipelineSpec.PRESETS) + ")");
        PipelineSpec spec = PipelineSpec.preset(what);
        if (a.flag("--show")) {
            if (spec == null) throw new UsageException("--show prints a preset; " + what + " is none of " + String.join(", ", PipelineSpec.PRESETS));
            out.print(PipelineSpec.presetText(what));
            return OK;
        }
        boolean preset = spec != null;
        if (!preset) spec = PipelineSpec.read(Path.of(what));
        if (a.value("--seed") != null) spec = spec.withSeed(a.longValue("--seed", 0, Long.MIN_VALUE, Long.MAX_VALUE));
        Path dir = a.value("--out") != null ? Path.of(a.value("--out")) : Path.of("runs", spec.name() + "-s" + spec.seed());
        spec.check(registry, preset ? "preset " + what : what);
        var pipeline = new Pipeline(spec, dir, registry, out);
        if (a.value("--spark") != null) {
            try (var stages = SparkModule.rolloutStages(a.value("--spark"), a.intValue("--partitions", 0, 0, 100_000))) {
                pipeline.withRolloutStages(stages).run();
            }
        } else {
            if (a.value("--partitions") != null) throw new UsageException("--partitions needs --spark MASTER");
            pipeline.run();
        }
        return OK;
    }
}
