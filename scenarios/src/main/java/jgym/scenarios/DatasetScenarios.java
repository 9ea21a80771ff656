package jgym.scenarios;

import jgym.env.ScenarioRegistry;

/** Registers the built-in dataset scenarios. */
final class DatasetScenarios {
    private DatasetScenarios() {}

    static void register(ScenarioRegistry registry) {
    }
}
