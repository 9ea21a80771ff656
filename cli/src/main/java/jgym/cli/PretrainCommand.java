package jgym.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jgym.agents.train.Pretraining;
import jgym.agents.train.TrainRecipe;
import jgym.env.ScenarioRegistry;
import jgym.env.Seeds;
import jgym.scenarios.Scenarios;

/** {@code gym pretrain}: a base policy pretrained on a generated corpus of short and long answers (see {@link Pretraining}). */
final class PretrainCommand implements Command {
    private static final Options OPTIONS = new Options(Set.of("--scenario", "--level", "--option", "--seed", "--long-share", "--steps", "--batch", "--heldout", "--out", "--layers", "--d-model", "--max-tokens", "--init"),
            Set.of(), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    static final String DEFAULT_SCENARIO = "math/parity";
    static final int DEFAULT_STEPS = 600, DEFAULT_BATCH = 32;
    static final double DEFAULT_LONG_SHARE = 0.1, DEFAULT_LR = 3e-3;
    private final ScenarioRegistry registry;

    PretrainCommand() {
        this(Scenarios.registry());
    }

    PretrainCommand(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "pretrain";
    }

    @Override
    public String summary() {
        return "pretrain a base policy on a corpus of mostly short and some long chain-of-thought answers";
    }

    @Override
    public String usage() {
        return "[--scenario NAME (default " + DEFAULT_SCENARIO + ")] [--level L (default 2)] [--option key=value]... [--seed S]\n"
                + "       [--long-share P (default " + DEFAULT_LONG_SHARE + ")] [--steps N (default " + DEFAULT_STEPS + ")] [--batch B (default "
                + DEFAULT_BATCH + ")] [--heldout N] [--layers N (default 1)] [--d-model D (default 64)]\n"
                + "       [--max-tokens M (default 80: the evaluations' completion budget)] [--init BASE (continue from it)] [--out DIR]\n"
                + "  writes DIR/base (for gym train --init DIR --no-sft: R1-Zero), metrics.jsonl and checkpoints; a folder with a\n"
                + "  checkpoint of the same settings is resumed. out defaults to runs/base-<scenario>-l<level>-s<seed>";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        String scenario = a.value("--scenario") == null ? DEFAULT_SCENARIO : a.value("--scenario");
        registry.entry(scenario);
        Map<String, String> options = a.keyValues("--option");
        int level = a.intValue("--level", 2, 1, 1_000);
        long seed = a.longValue("--seed", Seeds.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
        Path dir = a.value("--out") != null ? Path.of(a.value("--out"))
                : Path.of("runs", "base-" + scenario.replace('/', '-') + "-l" + level + "-s" + seed);
        var config = new Pretraining.Config(scenario, level, options, seed, a.doubleValue("--long-share", DEFAULT_LONG_SHARE, 0, 1),
                a.intValue("--steps", DEFAULT_STEPS, 1, 10_000_000), a.intValue("--batch", DEFAULT_BATCH, 1, 4096), DEFAULT_LR,
                recipe(a), a.intValue("--heldout", 100, 1, 100_000), 50, dir,
                a.value("--init") == null ? null : Checkpoints.policyDir(Path.of(a.value("--init")), "--init"));
        new Pretraining(config, registry, out).run();
        return OK;
    }

    /** The default recipe with the model shape the arguments ask for (4 heads). */
    private static TrainRecipe recipe(Args a) {
        TrainRecipe d = TrainRecipe.defaults();
        int dModel = a.intValue("--d-model", d.dModel(), 8, 4096);
        if (dModel % d.heads() != 0) throw new UsageException("--d-model must be a multiple of " + d.heads() + ", got " + dModel);
        return new TrainRecipe(d.contextLength(), a.intValue("--layers", d.layers(), 1, 64), dModel, d.heads(), d.groupSize(),
                d.groupsPerStep(), a.intValue("--max-tokens", d.maxNewTokens(), 1, 100_000), d.temperature());
    }
}
