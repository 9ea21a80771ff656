package jgym.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jgym.env.Gold;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;

/** What the reasoning-family tests share: every level's first tasks, the gold text, and a regex that must match. */
final class FamilyChecks {
    /** Tasks checked per level. */
    static final int N = 60;

    private FamilyChecks() {}

    /** Runs {@code check} on the first {@link #N} tasks (seed 7) of every level of the registered scenario {@code name}. */
    static void each(String name, Consumer<Task> check) {
        var registry = Scenarios.registry();
        for (int level = 1; level <= registry.entry(name).levels(); level++) {
            Scenario s = Scenarios.make(name, ScenarioConfig.defaults().withSeed(7).withLevel(level));
            for (int i = 0; i < N; i++) check.accept(s.task(i));
        }
    }

    static String gold(Task t) {
        return ((Gold.Answer) t.gold()).text();
    }

    /** The first match of {@code regex} in {@code text}; fails the test, quoting the text, when there is none. */
    static Matcher find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "'" + regex + "' not in: " + text);
        return m;
    }
}
