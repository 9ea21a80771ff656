package jgym.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jgym.env.ScenarioRegistry;
import jgym.scenarios.Scenarios;

/** {@code gym list}: every registered scenario with its number of difficulty levels and its description. */
final class ListCommand implements Command {
    private static final Options OPTIONS = new Options(Set.of(),
            Set.of("--names"), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    private final ScenarioRegistry registry;

    ListCommand() {
        this(Scenarios.registry());
    }

    /** @param registry the scenarios to list, never null */
    ListCommand(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "list the scenarios with their difficulty levels and options";
    }

    @Override
    public String usage() {
        return "[--names]   (--names: one name a line, nothing else)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = OPTIONS.parse(args);
        List<ScenarioRegistry.Entry> entries = registry.entries();
        if (a.flag("--names")) {
            entries.forEach(e -> out.println(e.name()));
            return OK;
        }
        int width = Math.max(8, entries.stream().mapToInt(e -> e.name().length()).max().orElse(0));
        out.printf("%-" + width + "s  %6s  %s%n", "scenario", "levels", "description [options]");
        for (ScenarioRegistry.Entry e : entries) {
            String levels = e.levels() == 1 ? "1" : "1-" + e.levels();
            String options = e.options().isEmpty() ? "" : " [" + String.join(", ", e.options()) + "]";
            out.printf("%-" + width + "s  %6s  %s%s%n", e.name(), levels, e.description(), options);
        }
        out.println("[options]: keys for --option key=value; every family documents their values and defaults in its class");
        out.printf("%d scenarios%n", entries.size());
        return OK;
    }
}
