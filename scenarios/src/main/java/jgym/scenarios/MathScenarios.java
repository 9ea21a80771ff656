package jgym.scenarios;

import jgym.env.ScenarioRegistry;

/** Registers the built-in math scenarios. */
final class MathScenarios {
    private MathScenarios() {}

    static void register(ScenarioRegistry registry) {
    }
}
