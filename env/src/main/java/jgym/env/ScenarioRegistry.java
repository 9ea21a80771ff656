package jgym.env;

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
        if (e == null) throw new UnknownScenarioException(name, DidYouMean.near(name, entries.keySet()));
        return e;
    }

    /** Makes scenario {@code name} with {@code config}, rejecting a level outside the scenario's range. */
    public Scenario make(String name, ScenarioConfig config) {
        Entry e = entry(name);
        if (config.level() > e.levels()) {
            throw new IllegalArgumentException(name + ": level must be in [1, " + e.levels() + "], got " + config.level());
        }
        Scenario s = e.factory().create(config);
        // A dataset's rows in the order the seed chooses (ids unchanged); procedural tasks already derive from it.
        return s.size() != Long.MAX_VALUE && s.size() > 1 && config.seed() != Seeds.DEFAULT ? new SeededOrder(s, config.seed()) : s;
    }
}
