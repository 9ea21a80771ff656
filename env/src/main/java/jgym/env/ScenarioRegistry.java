package jgym.env;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Named scenario factories. Registration is explicit (no import side effects); {@link #make} checks the level and
 * answers an unknown name with the closest registered names.
 */
public final class ScenarioRegistry {

    /** Makes a scenario from a config whose level is already known to be valid. */
    @FunctionalInterface
    public interface Factory {
        Scenario create(ScenarioConfig config);
    }

    /**
     * One registered scenario.
     *
     * @param levels  number of difficulty levels, 1 or more
     * @param options the option keys the scenario accepts ({@code --option key=value}), sorted; empty when it takes none
     */
    public record Entry(String name, String description, int levels, List<String> options, Factory factory) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(factory, "factory");
            if (levels < 1) throw new IllegalArgumentException("levels must be >= 1, got " + levels);
            options = List.copyOf(new java.util.TreeSet<>(options));
        }

        /** An entry that takes no options. */
        public Entry(String name, String description, int levels, Factory factory) {
            this(name, description, levels, List.of(), factory);
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Registers {@code entry}; a name may be registered once. */
    public synchronized ScenarioRegistry register(Entry entry) {
        if (entries.putIfAbsent(entry.name(), entry) != null) {
            throw new IllegalArgumentException("scenario already registered: " + entry.name());
        }
        return this;
    }

    public ScenarioRegistry register(String name, String description, int levels, Factory factory) {
        return register(new Entry(name, description, levels, factory));
    }

    /** Registers scenario {@code name} that accepts the option keys {@code options}. */
    public ScenarioRegistry register(String name, String description, int levels, java.util.Collection<String> options, Factory factory) {
        return register(new Entry(name, description, levels, List.copyOf(options), factory));
    }

    /** Every entry, in registration order. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The entry called {@code name}. */
    public synchronized Entry entry(String name) {
        Entry e = entries.get(name);
        if (e == null) throw new UnknownScenarioException(name, suggest(name));
        return e;
    }

    /** Makes scenario {@code name} with {@code config}, rejecting a level outside the scenario's range. */
    public Scenario make(String name, ScenarioConfig config) {
        Entry e = entry(name);
        if (config.level() > e.levels()) {
            throw new IllegalArgumentException(name + ": level must be in [1, " + e.levels() + "], got " + config.level());
        }
        return e.factory().create(config);
    }

    private List<String> suggest(String name) {
        record Near(String name, int distance) {}
        var near = new ArrayList<Near>();
        for (String known : entries.keySet()) {
            int d = Math.min(editDistance(name, known), editDistance(name, tail(known)));
            if (d <= Math.max(2, name.length() / 3) || known.contains(name)) near.add(new Near(known, d));
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::name));
        return near.stream().limit(3).map(Near::name).toList();
    }

    private static String tail(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The Levenshtein distance between {@code a} and {@code b}: the fewest single-character edits from one to the other. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
