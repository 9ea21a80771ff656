package jgym.scenarios.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.Task;
import jgym.rewards.code.CodeRubrics;
import jgym.scenarios.math.ProceduralScenario;
import jgym.scenarios.math.Problem;

/**
 * Procedural "write a function" tasks with hidden tests, registered as {@code "code/functions"}.
 *
 * <p>Task {@code i} draws a template of the configured level and its parameters and test inputs from
 * {@code new SplittableRandom(Seeds.mix(seed, i))} alone, through {@link ProceduralScenario} like every procedural family. The prompt states the function's contract and shows one test
 * case; the gold holds every case (random inputs and edge cases), whose expected values were computed in Java from the
 * contract. Levels: 1 one pass over the input, 2 carried state or a parameterised transform, 3 a classic algorithm
 * (stack, Kadane, run-length, sliding window, primes).
 *
 * <p>Option {@code template} (a template's name such as {@code balanced}, case-insensitive) restricts the tasks to
 * that template whatever the level.
 */
public final class FunctionsScenario implements Scenario {
    /** The registered name. */
    public static final String NAME = "code/functions";
    /** The number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option naming one template. */
    public static final String TEMPLATE = "template";

    private final String name;
    private final int level;
    private final List<FunctionTemplate> pool;
    private final Rubric rubric;
    /** Task i from {@code new SplittableRandom(Seeds.mix(seed, i))}, ids {@code name/level/i}: the one procedural route. */
    private final ProceduralScenario tasks;

    /** The scenario for {@code config}, scored on the process-wide sandbox. */
    public static FunctionsScenario create(ScenarioConfig config) {
        return new FunctionsScenario(config, CodeRubrics.tests());
    }

    /** The scenario for {@code config}, scored by {@code rubric}. */
    public FunctionsScenario(ScenarioConfig config, Rubric rubric) {
        this(NAME, all(), config, rubric);
    }

    /**
     * A family of its own over {@code templates} (each level from 1 to {@link #LEVELS} must have one), registered as
     * {@code name}, e.g. {@code code/dicts}.
     */
    public FunctionsScenario(String name, List<FunctionTemplate> templates, ScenarioConfig config, Rubric rubric) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        config.requireOnly(name, Set.of(TEMPLATE));
        if (config.level() > LEVELS) throw new IllegalArgumentException(name + ": level must be in [1, " + LEVELS + "], got " + config.level());
        String only = config.options().get(TEMPLATE);
        if (only == null) {
            this.pool = templates.stream().filter(t -> t.level() == config.level()).toList();
            if (pool.isEmpty()) throw new IllegalArgumentException(name + ": no template at level " + config.level());
        } else {
            String wanted = only.trim().toUpperCase(Locale.ROOT);
            this.pool = templates.stream().filter(t -> t.name().equals(wanted)).toList();
            if (pool.isEmpty()) {
                throw new IllegalArgumentException("option '" + TEMPLATE + "' must name a template, got '" + only + "' (known: "
                        + String.join(", ", templates.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList()) + ")");
            }
        }
        this.level = pool.get(0).level(); // the configured level, or the named template's
        this.tasks = new ProceduralScenario(name, level, config.seed(), config.options(), this::draw, rubric);
    }

    /** The factory of a family over {@code templates}, scored on the process-wide sandbox. */
    public static jgym.env.ScenarioRegistry.Factory family(String name, List<FunctionTemplate> templates) {
        return config -> new FunctionsScenario(name, templates, config, CodeRubrics.tests());
    }

    /** Every template, in a fixed order (lists, text, numbers). */
    public static List<FunctionTemplate> all() {
        var out = new ArrayList<FunctionTemplate>();
        Stream.of(ListFunctions.values(), TextFunctions.values(), NumberFunctions.values()).forEach(a -> out.addAll(Arrays.asList(a)));
        return List.copyOf(out);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    @Override
    public Task task(long index) {
        return tasks.task(index);
    }

    /** A problem of one of the pool's templates, its parameters and test inputs drawn from the same stream. */
    private Problem draw(SplittableRandom rng) {
        FunctionProblem p = pool.get(rng.nextInt(pool.size())).make(rng);
        return new Problem(prompt(p), gold(p), trace(p));
    }

    /** The task for {@code problem}, called {@code id}, of {@code code/functions}. */
    static Task task(String id, int level, FunctionProblem p) {
        return task(NAME, id, level, p);
    }

    /** The task for {@code problem}, called {@code id}, of scenario {@code scenario}. */
    static Task task(String scenario, String id, int level, FunctionProblem p) {
        return new Task(id, scenario, level, prompt(p), gold(p), trace(p));
    }

    /** The hidden tests, the function's name and the reference solution. */
    private static Gold gold(FunctionProblem p) {
        return new Gold.Tests("python", "", p.tests(), p.name(), p.reference());
    }

    /** The statement with one example case; the other cases stay hidden. */
    static String prompt(FunctionProblem p) {
        FunctionProblem.Case ex = p.cases().get(0);
        return "Write a Python function " + p.signature() + " that " + p.description() + ".\n"
                + "For example, " + p.name() + "(" + ex.args() + ") == " + ex.expected() + ".\n"
                + "Your function will be checked against hidden tests, including edge cases. "
                + "Give the complete function in a ```python code block.";
    }

    private static String trace(FunctionProblem p) {
        FunctionProblem.Case ex = p.cases().get(0);
        return "I need " + p.signature() + " that " + p.description() + ".\n" + p.plan() + "\n"
                + "On the example, " + p.name() + "(" + ex.args() + ") should give " + ex.expected() + ".";
    }

    @Override
    public Rubric rubric() {
        return rubric;
    }

    @Override
    public String toString() {
        return name + " level " + level + " (" + pool.size() + " templates)";
    }
}
