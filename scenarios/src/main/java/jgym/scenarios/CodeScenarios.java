package jgym.scenarios;

import jgym.env.ScenarioRegistry;

/** Registers the built-in code scenarios. */
final class CodeScenarios {
    private CodeScenarios() {}

    static void register(ScenarioRegistry registry) {
    }
}
