package jgym.env;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to make a scenario: the seed, the difficulty level, an optional data file, and named options.
 *
 * @param seed    the seed every task of a procedural scenario is derived from; for a dataset, the order of its rows
 *                (file order at {@link Seeds#DEFAULT})
 * @param level   the difficulty level, from 1 (checked against the scenario's levels by the registry)
 * @param data    a dataset file to read instead of the embedded default; null for the default
 * @param options scenario-specific settings as text (e.g. {@code "max_value" -> "99"}); unknown keys are rejected
 */
public record ScenarioConfig(long seed, int level, Path data, Map<String, String> options) {
    public ScenarioConfig {
        options = Map.copyOf(options);
        if (level < 1) throw new IllegalArgumentException("level must be >= 1, got " + level);
    }

    /** Seed {@link Seeds#DEFAULT}, level 1, default data, no options. */
    public static ScenarioConfig defaults() {
        return new ScenarioConfig(Seeds.DEFAULT, 1, null, Map.of());
    }

    public ScenarioConfig withSeed(long seed) {
        return new ScenarioConfig(seed, level, data, options);
    }

    public ScenarioConfig withLevel(int level) {
        return new ScenarioConfig(seed, level, data, options);
    }

    public ScenarioConfig withData(Path data) {
        return new ScenarioConfig(seed, level, data, options);
    }

    public ScenarioConfig withOption(String key, String value) {
        var m = new java.util.HashMap<>(options);
        m.put(key, value);
        return new ScenarioConfig(seed, level, data, m);
    }

    /** Rejects any option key outside {@code known}, naming it. */
    public void requireOnly(String scenario, Set<String> known) {
        for (String k : options.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException(scenario + ": unknown option '" + k + "' (known: "
                        + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))) + ")");
            }
        }
    }

    /** Integer option {@code key} in [{@code min}, {@code max}], or {@code fallback} when absent. */
    public int intOption(String key, int fallback, int min, int max) {
        String raw = options.get(key);
        if (raw == null) return fallback;
        int v;
        try {
            v = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + key + "' must be an integer, got '" + raw + "'");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException("option '" + key + "' must be in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    /** Text option {@code key}, or {@code fallback} when absent. */
    public String option(String key, String fallback) {
        return Objects.requireNonNullElse(options.get(key), fallback);
    }
}
