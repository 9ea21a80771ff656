package jgym.scenarios;

import java.util.function.BiFunction;
import jgym.env.Rubric;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.rewards.Rubrics;
import jgym.scenarios.math.ArithmeticFamily;
import jgym.scenarios.math.Countdown;
import jgym.scenarios.math.Family;
import jgym.scenarios.math.Fractions;
import jgym.scenarios.math.GcdLcm;
import jgym.scenarios.math.Linear;
import jgym.scenarios.math.LinearSystem;
import jgym.scenarios.math.Modular;
import jgym.scenarios.math.ProceduralScenario;
import jgym.scenarios.math.Sequence;
import jgym.scenarios.math.Parity;
import jgym.scenarios.math.Primes;
import jgym.scenarios.math.Sorting;
import jgym.scenarios.math.Units;

/** Registers the built-in math scenarios: twelve procedural families, each with its difficulty levels. */
final class MathScenarios {
    private MathScenarios() {}

    static void register(ScenarioRegistry registry) {
        Rubric math = Rubrics.math();
        add(registry, "math/arithmetic", "integer arithmetic with precedence and parentheses", ArithmeticFamily.LEVELS, ArithmeticFamily.OPTIONS, math, ArithmeticFamily::configure);
        add(registry, "math/countdown", "reach a target with given numbers, each at most once, + - * / (TinyZero)",
                Countdown.LEVELS, Countdown.OPTIONS, Rubrics.countdown(), Countdown::configure);
        add(registry, "math/linear", "linear equations in one unknown, integer and fractional solutions", Linear.LEVELS, Linear.OPTIONS, math, Linear::configure);
        add(registry, "math/linear_system", "two linear equations in x and y", LinearSystem.LEVELS, LinearSystem.OPTIONS, math, LinearSystem::configure);
        add(registry, "math/fractions", "simplify, add and subtract fractions", Fractions.LEVELS, Fractions.OPTIONS, math, Fractions::configure);
        add(registry, "math/gcd_lcm", "greatest common divisor and least common multiple", GcdLcm.LEVELS, GcdLcm.OPTIONS, math, GcdLcm::configure);
        add(registry, "math/modular", "remainders, (a*b + c) mod m and powers mod m", Modular.LEVELS, Modular.OPTIONS, math, Modular::configure);
        add(registry, "math/sequence", "next term: arithmetic, geometric, quadratic, Fibonacci-like", Sequence.LEVELS, Sequence.OPTIONS, math, Sequence::configure);
        add(registry, "math/units", "unit conversions and rate word problems", Units.LEVELS, Units.OPTIONS, math, Units::configure);
        add(registry, "math/sorting", "sort numbers ascending or descending", Sorting.LEVELS, Sorting.OPTIONS, math, Sorting::configure);
        add(registry, "math/primes", "is n prime, how many primes up to n, prime factors of n", Primes.LEVELS, Primes.OPTIONS, math, Primes::configure);
        add(registry, "math/parity", "parity of a bit string (4 to 16 bits): needs chain of thought", Parity.LEVELS, Parity.OPTIONS, math, Parity::configure);
    }

    static void add(ScenarioRegistry registry, String name, String description, int levels, java.util.Set<String> options,
                    Rubric rubric, BiFunction<String, ScenarioConfig, ? extends Family> configure) {
        registry.register(name, description, levels, options, config -> {
            if (config.data() != null) {
                throw new IllegalArgumentException(name + ": data is not used by a procedural scenario, got " + config.data());
            }
            return new ProceduralScenario(name, config.level(), config.seed(), config.options(), configure.apply(name, config), rubric);
        });
    }
}
