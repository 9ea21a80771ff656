package jgym.scenarios.math;

import jgym.env.ScenarioConfig;

/** Reading typed option values out of a {@link ScenarioConfig}; every error names the option key and the bad value. */
public final class Options {
    private Options() {}

    /** Boolean option {@code key} written {@code true} or {@code false}, or {@code fallback} when absent. */
    public static boolean bool(ScenarioConfig config, String key, boolean fallback) {
        String raw = config.options().get(key);
        if (raw == null) return fallback;
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("option '" + key + "' must be true or false, got '" + raw + "'");
        };
    }

    /** Throws unless {@code min <= value <= max}, naming {@code field}. */
    public static void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], got " + value);
        }
    }

    /** Throws unless {@code 1 <= level <= levels}, naming the field "level". */
    public static void level(int level, int levels) {
        range("level", level, 1, levels);
    }
}
