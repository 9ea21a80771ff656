package jgym.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import jgym.env.ScenarioConfig;
import jgym.env.Seeds;

/** The options that configure a scenario, shared by {@code sample} and {@code score}: seed, level, data, options. */
final class ScenarioArgs {
    private ScenarioArgs() {}

    /** Options taking a value: {@code --seed}, {@code --level}, {@code --data}, {@code --option} (repeatable). */
    static final Set<String> VALUED = Set.of("--seed", "--level", "--data", "--option");

    /** The synopsis of these options. */
    static final String USAGE = "[--seed S] [--level L] [--data FILE] [--option key=value]...";

    /** The scenario config these options describe: seed 42, level 1, embedded data and no options when absent. */
    static ScenarioConfig config(Args a) {
        long seed = a.longValue("--seed", Seeds.DEFAULT, Long.MIN_VALUE, Long.MAX_VALUE);
        int level = a.intValue("--level", 1, 1, 1_000_000);
        Path data = a.existingFile("--data");
        Map<String, String> options = a.keyValues("--option");
        return new ScenarioConfig(seed, level, data, options);
    }

    /** {@code base} plus {@code more}. */
    static Set<String> with(Set<String> base, String... more) {
        var s = new java.util.HashSet<>(base);
        s.addAll(java.util.Arrays.asList(more));
        return Set.copyOf(s);
    }
}
