package jgym.env;

import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The standard environment: episodes over a {@link Scenario}'s tasks, scored by its {@link Rubric}.
 *
 * <p>Single-turn by default: the first action is the answer and the episode terminates. With a {@link Tool} and a
 * budget of several turns, an action the tool accepts (e.g. a code block) is run and its output becomes the next
 * observation; the first action the tool does not accept is scored as the answer. Running out of turns or giving an
 * over-long action ends the episode as truncated; the last action is still scored, so a trainer can log it or mask it.
 */
public final class ReasoningEnv implements Env {
    private final Scenario scenario;
    private final Rubric rubric;
    private final Budget budget;
    private final Tool tool;
    private final PromptTemplate template;
    private SplittableRandom rng = new SplittableRandom(Seeds.DEFAULT);
    private Task task;
    private int turn;
    private boolean running;

    /**
     * @param tool     the tool offered on non-final turns, or null for none
     * @param template renders the task prompt for the first observation
     */
    public ReasoningEnv(Scenario scenario, Rubric rubric, Budget budget, Tool tool, PromptTemplate template) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.rubric = Objects.requireNonNull(rubric, "rubric");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.tool = tool;
        this.template = Objects.requireNonNull(template, "template");
    }

    /** A single-turn env over {@code scenario} with its own rubric and the plain prompt. */
    public static ReasoningEnv singleTurn(Scenario scenario) {
        return new ReasoningEnv(scenario, scenario.rubric(), Budget.singleTurn(), null, PromptTemplate.PLAIN);
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public Observation reset(long seed) {
        rng = new SplittableRandom(seed);
        return reset();
    }

    @Override
    public Observation reset() {
        return reset(scenario.task(drawIndex(scenario, rng)));
    }

    /** A task index of {@code scenario} drawn from {@code rng}: uniform over [0, size), or any non-negative long if procedural. */
    private static long drawIndex(Scenario scenario, SplittableRandom rng) {
        long size = scenario.size();
        return size == Long.MAX_VALUE ? rng.nextLong() >>> 1 : rng.nextLong(size);
    }

    @Override
    public Observation reset(Task task) {
        this.task = Objects.requireNonNull(task, "task");
        this.turn = 0;
        this.running = true;
        return new Observation(task, template.render(task), 0);
    }

    @Override
    public Step step(String action) {
        Objects.requireNonNull(action, "action");
        if (!running) throw new IllegalStateException("step() called with no running episode: call reset() first");
        turn++;
        if (action.length() > budget.maxActionChars()) {
            return finish(action, false);
        }
        if (tool != null) {
            Optional<String> output = tool.call(task, action);
            if (output.isPresent()) {
                if (turn >= budget.maxTurns()) return finish(action, false);
                return new Step(new Observation(task, output.get(), turn), Step.noReward(), false, false);
            }
        }
        return finish(action, true);
    }

    private Step finish(String action, boolean answered) {
        running = false;
        RewardResult reward = rubric.evaluate(task, action);
        return new Step(new Observation(task, action, turn), reward, answered, !answered);
    }
}
