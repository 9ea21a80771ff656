package jgym.scenarios;

import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;

/** The built-in scenarios: procedural math, real datasets and coding tasks, registered explicitly. */
public final class Scenarios {
    private Scenarios() {}

    private static final ScenarioRegistry BUILTIN = builtin();

    /** A new registry holding every built-in scenario; add your own to it with {@link ScenarioRegistry#register}. */
    public static ScenarioRegistry builtin() {
        var registry = new ScenarioRegistry();
        MathScenarios.register(registry);
        ReasoningScenarios.register(registry);
        DatasetScenarios.register(registry);
        CodeScenarios.register(registry);
        registry.register(CompositeScenario.NAME, "a weighted mixture of procedural scenarios (option of=NAME[@LEVEL][:WEIGHT],...; default: "
                + "seven families, one of each kind)", 1, java.util.Set.of(CompositeScenario.OF), config -> CompositeScenario.configure(registry, config));
        return registry;
    }

    /** The shared registry of built-in scenarios. */
    public static ScenarioRegistry registry() {
        return BUILTIN;
    }

    /** Makes built-in scenario {@code name}, e.g. {@code Scenarios.make("math/countdown", config)}. */
    public static Scenario make(String name, ScenarioConfig config) {
        return BUILTIN.make(name, config);
    }
}
