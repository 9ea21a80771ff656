package jgym.scenarios;

import jgym.env.Rubric;
import jgym.env.ScenarioRegistry;
import java.util.regex.Pattern;
import jgym.rewards.EquivalentAnswer;
import jgym.rewards.FormatReward;
import jgym.rewards.RequiredForm;
import jgym.rewards.Rubrics;
import jgym.scenarios.algebra.Evaluate;
import jgym.scenarios.algebra.Expand;
import jgym.scenarios.algebra.Quadratic;
import jgym.scenarios.algo.BaseConversion;
import jgym.scenarios.algo.BinaryArithmetic;
import jgym.scenarios.algo.Caesar;
import jgym.scenarios.algo.LetterCount;
import jgym.scenarios.algo.Roman;
import jgym.scenarios.algo.SortByKey;
import jgym.scenarios.algo.StringOps;
import jgym.scenarios.geometry.Distance;
import jgym.scenarios.geometry.TriangleArea;
import jgym.scenarios.graph.Components;
import jgym.scenarios.graph.Cycles;
import jgym.scenarios.graph.ShortestPath;
import jgym.scenarios.graph.TopologicalOrder;
import jgym.scenarios.logic.KnightsKnaves;
import jgym.scenarios.logic.Satisfiability;
import jgym.scenarios.logic.Syllogism;
import jgym.scenarios.prob.Counting;
import jgym.scenarios.prob.Dice;
import jgym.scenarios.prob.ExpectedValue;
import jgym.scenarios.puzzle.Hanoi;
import jgym.scenarios.puzzle.Maze;
import jgym.scenarios.puzzle.MiniSudoku;
import jgym.scenarios.time.ClockTime;
import jgym.scenarios.time.Duration;
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
                KnightsKnaves.LEVELS, KnightsKnaves.OPTIONS, exact, KnightsKnaves::configure);
        MathScenarios.add(registry, "algo/base_conversion", "write a number in another base (2-16)", BaseConversion.LEVELS, BaseConversion.OPTIONS, exact, BaseConversion::configure);
        MathScenarios.add(registry, "algo/binary_arithmetic", "add and subtract binary numbers", BinaryArithmetic.LEVELS, BinaryArithmetic.OPTIONS, exact, BinaryArithmetic::configure);
        MathScenarios.add(registry, "algo/letter_count", "count a letter in a word or text, or the words that contain it", LetterCount.LEVELS, LetterCount.OPTIONS,
                exact, LetterCount::configure);
        MathScenarios.add(registry, "algo/string_ops", "reverse a string, reverse word order, last letters reversed", StringOps.LEVELS, StringOps.OPTIONS,
                exact, StringOps::configure);
        MathScenarios.add(registry, "cipher/caesar", "decode a Caesar cipher, with the shift given or to be found", Caesar.LEVELS, Caesar.OPTIONS, exact, Caesar::configure);
        MathScenarios.add(registry, "graph/shortest_path", "shortest path length in a small weighted graph (Dijkstra)", ShortestPath.LEVELS, ShortestPath.OPTIONS,
                exact, ShortestPath::configure);
        MathScenarios.add(registry, "graph/components", "number of connected components", Components.LEVELS, Components.OPTIONS, exact, Components::configure);
        MathScenarios.add(registry, "graph/topological_order", "the one order of tasks that respects every prerequisite",
                TopologicalOrder.LEVELS, TopologicalOrder.OPTIONS, exact, TopologicalOrder::configure);
        MathScenarios.add(registry, "graph/cycles", "does a directed graph have a cycle (yes or no)", Cycles.LEVELS, Cycles.OPTIONS, exact, Cycles::configure);
        MathScenarios.add(registry, "time/weekday", "day of the week after some days, or of a date from a reference date", Weekday.LEVELS, Weekday.OPTIONS,
                exact, Weekday::configure);
        MathScenarios.add(registry, "time/clock", "24-hour clock arithmetic, forwards and backwards", ClockTime.LEVELS, ClockTime.OPTIONS, exact, ClockTime::configure);
        MathScenarios.add(registry, "prob/dice", "probability by counting outcomes: dice and coins, as a fraction", Dice.LEVELS, Dice.OPTIONS, exact, Dice::configure);
        MathScenarios.add(registry, "prob/counting", "orderings, committees, arrangements of letters", Counting.LEVELS, Counting.OPTIONS, exact, Counting::configure);
        MathScenarios.add(registry, "algebra/quadratic", "real roots of a quadratic, integer to irrational (symbolic scoring)", Quadratic.LEVELS, Quadratic.OPTIONS,
                symbolic, Quadratic::configure);
        // An expanded polynomial has no parentheses: the product itself is equal to it, but restates the question.
        Rubric expanded = Rubric.of("correct", new RequiredForm(new EquivalentAnswer(), Pattern.compile("[^()\\[\\]]+"),
                "an expanded polynomial, without parentheses")).with("format", 0.0, new FormatReward());
        MathScenarios.add(registry, "algebra/expand", "expand a product of binomials (symbolic scoring)", Expand.LEVELS, Expand.OPTIONS, expanded, Expand::configure);
        // A distance is a number or a multiple of one square root: the formula with the coordinates plugged in is not.
        Rubric radical = Rubric.of("correct", new RequiredForm(new EquivalentAnswer(), Pattern.compile("\\d*(\\\\sqrt\\{?\\d+\\}?)?"),
                "a whole number or a number times one square root, e.g. 2\\sqrt{5}")).with("format", 0.0, new FormatReward());
        MathScenarios.add(registry, "geometry/distance", "distance between points in simplest radical form (symbolic scoring)", Distance.LEVELS, Distance.OPTIONS,
                radical, Distance::configure);
        MathScenarios.add(registry, "logic/syllogism", "does a conclusion follow from two categorical premises (yes or no)", Syllogism.LEVELS, Syllogism.OPTIONS,
                exact, Syllogism::configure);
        MathScenarios.add(registry, "logic/sat", "count the satisfying assignments of a small CNF formula", Satisfiability.LEVELS, Satisfiability.OPTIONS, exact,
                Satisfiability::configure);
        MathScenarios.add(registry, "algo/sort_by_key", "sort words by length, last letter or vowel count, ties alphabetically", SortByKey.LEVELS, SortByKey.OPTIONS,
                exact, SortByKey::configure);
        MathScenarios.add(registry, "algo/roman", "write and read Roman numerals", Roman.LEVELS, Roman.OPTIONS, exact, Roman::configure);
        MathScenarios.add(registry, "puzzle/maze", "fewest steps through a grid maze (breadth-first search)", Maze.LEVELS, Maze.OPTIONS, exact, Maze::configure);
        MathScenarios.add(registry, "puzzle/hanoi", "the k-th move of the shortest Tower of Hanoi solution", Hanoi.LEVELS, Hanoi.OPTIONS, exact, Hanoi::configure);
        MathScenarios.add(registry, "puzzle/mini_sudoku", "complete a 4x4 sudoku", MiniSudoku.LEVELS, MiniSudoku.OPTIONS, exact, MiniSudoku::configure);
        MathScenarios.add(registry, "algebra/evaluate", "evaluate a polynomial at an integer", Evaluate.LEVELS, Evaluate.OPTIONS, exact, Evaluate::configure);
        MathScenarios.add(registry, "geometry/triangle_area", "area of a triangle from its vertices (shoelace)", TriangleArea.LEVELS, TriangleArea.OPTIONS, exact,
                TriangleArea::configure);
        MathScenarios.add(registry, "prob/expected_value", "expected value of dice and dice games, as a fraction", ExpectedValue.LEVELS, ExpectedValue.OPTIONS, exact,
                ExpectedValue::configure);
        MathScenarios.add(registry, "time/duration", "days between two dates", Duration.LEVELS, Duration.OPTIONS, exact, Duration::configure);
    }
}
