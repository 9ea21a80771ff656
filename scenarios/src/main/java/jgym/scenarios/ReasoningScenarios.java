package jgym.scenarios;

import jgym.env.Rubric;
import jgym.env.ScenarioRegistry;
import jgym.rewards.Rubrics;
import jgym.scenarios.algebra.Expand;
import jgym.scenarios.algebra.Quadratic;
import jgym.scenarios.algo.BaseConversion;
import jgym.scenarios.algo.BinaryArithmetic;
import jgym.scenarios.algo.Caesar;
import jgym.scenarios.algo.LetterCount;
import jgym.scenarios.algo.StringOps;
import jgym.scenarios.geometry.Distance;
import jgym.scenarios.graph.Components;
import jgym.scenarios.graph.Cycles;
import jgym.scenarios.graph.ShortestPath;
import jgym.scenarios.graph.TopologicalOrder;
import jgym.scenarios.logic.KnightsKnaves;
import jgym.scenarios.prob.Counting;
import jgym.scenarios.prob.Dice;
import jgym.scenarios.time.ClockTime;
import jgym.scenarios.time.Weekday;

/**
 * Registers the procedural families beyond arithmetic: logic, algorithms on strings and numbers, graphs, calendar and
 * clock, probability and counting, algebra and coordinate geometry. Exact answers are scored by {@link Rubrics#math()};
 * answers with more than one right spelling (roots, polynomials, radicals) by {@link Rubrics#symbolicMath()}.
 */
final class ReasoningScenarios {
    private ReasoningScenarios() {}

    static void register(ScenarioRegistry registry) {
        Rubric exact = Rubrics.math();
        Rubric symbolic = Rubrics.symbolicMath();
        MathScenarios.add(registry, "logic/knights_knaves", "knights always tell the truth, knaves always lie: who is which (2-4 islanders)",
                KnightsKnaves.LEVELS, exact, KnightsKnaves::configure);
        MathScenarios.add(registry, "algo/base_conversion", "write a number in another base (2-16)", BaseConversion.LEVELS, exact, BaseConversion::configure);
        MathScenarios.add(registry, "algo/binary_arithmetic", "add and subtract binary numbers", BinaryArithmetic.LEVELS, exact, BinaryArithmetic::configure);
        MathScenarios.add(registry, "algo/letter_count", "count a letter in a word or text, or the words that contain it", LetterCount.LEVELS,
                exact, LetterCount::configure);
        MathScenarios.add(registry, "algo/string_ops", "reverse a string, reverse word order, last letters reversed", StringOps.LEVELS,
                exact, StringOps::configure);
        MathScenarios.add(registry, "cipher/caesar", "decode a Caesar cipher, with the shift given or to be found", Caesar.LEVELS, exact, Caesar::configure);
        MathScenarios.add(registry, "graph/shortest_path", "shortest path length in a small weighted graph (Dijkstra)", ShortestPath.LEVELS,
                exact, ShortestPath::configure);
        MathScenarios.add(registry, "graph/components", "number of connected components", Components.LEVELS, exact, Components::configure);
        MathScenarios.add(registry, "graph/topological_order", "the one order of tasks that respects every prerequisite",
                TopologicalOrder.LEVELS, exact, TopologicalOrder::configure);
        MathScenarios.add(registry, "graph/cycles", "does a directed graph have a cycle (yes or no)", Cycles.LEVELS, exact, Cycles::configure);
        MathScenarios.add(registry, "time/weekday", "day of the week after some days, or of a date from a reference date", Weekday.LEVELS,
                exact, Weekday::configure);
        MathScenarios.add(registry, "time/clock", "24-hour clock arithmetic, forwards and backwards", ClockTime.LEVELS, exact, ClockTime::configure);
        MathScenarios.add(registry, "prob/dice", "probability by counting outcomes: dice and coins, as a fraction", Dice.LEVELS, exact, Dice::configure);
        MathScenarios.add(registry, "prob/counting", "orderings, committees, arrangements of letters", Counting.LEVELS, exact, Counting::configure);
        MathScenarios.add(registry, "algebra/quadratic", "real roots of a quadratic, integer to irrational (symbolic scoring)", Quadratic.LEVELS,
                symbolic, Quadratic::configure);
        MathScenarios.add(registry, "algebra/expand", "expand a product of binomials (symbolic scoring)", Expand.LEVELS, symbolic, Expand::configure);
        MathScenarios.add(registry, "geometry/distance", "distance between points in simplest radical form (symbolic scoring)", Distance.LEVELS,
                symbolic, Distance::configure);
    }
}
