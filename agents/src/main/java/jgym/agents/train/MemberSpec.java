package jgym.agents.train;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import jgym.env.Budget;
import jgym.env.Env;
import jgym.env.PromptTemplate;
import jgym.env.ReasoningEnv;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;

/**
 * A training run's member environment as names and numbers, so that another JVM (a Spark executor) can make the
 * environments that step and score the run's completions: the scenario made from the registry (its rubric, with the
 * shaping terms after it), the tool and the prompt template. The tasks themselves come with each request: the driver
 * draws them.
 *
 * @param scenario the registered name
 * @param seed     the scenario's seed
 * @param level    the scenario's level (the rubric does not depend on it; the tasks carry their own)
 * @param options  the scenario's options
 * @param shaping  reward terms added after the scenario's rubric; each reward must be {@link Serializable}
 * @param tools    the tool offered, or null for single-turn episodes
 * @param template renders a task into the first prompt
 */
public record MemberSpec(String scenario, long seed, int level, Map<String, String> options, List<Rubric.Term> shaping,
                         ToolSpec tools, PromptTemplate template) implements Serializable {
    public MemberSpec {
        Objects.requireNonNull(scenario, "scenario");
        options = new LinkedHashMap<>(options);
        shaping = List.copyOf(shaping);
        for (Rubric.Term t : shaping) {
            if (!(t.reward() instanceof Serializable)) {
                throw new IllegalArgumentException("shaping: the reward of term " + t.name() + " (" + t.reward().getClass().getName()
                        + ") is not Serializable, so it cannot be sent to another JVM");
            }
        }
        Objects.requireNonNull(template, "template");
    }

    /** Makes one member environment per call, over the scenario {@code registry} makes. */
    public Supplier<Env> members(ScenarioRegistry registry) {
        Scenario made = registry.make(scenario, new ScenarioConfig(seed, level, null, options));
        Rubric rubric = made.rubric();
        for (Rubric.Term t : shaping) rubric = rubric.with(t.name(), t.weight(), t.reward());
        Rubric scored = rubric;
        return tools == null ? () -> new ReasoningEnv(made, scored, Budget.singleTurn(), null, template)
                : () -> new ReasoningEnv(made, scored, tools.budget(), tools.tool(), template);
    }
}
