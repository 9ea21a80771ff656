package jgym.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import jgym.env.Gold;
import jgym.env.RewardResult;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Task;
import jgym.env.Tool;
import jgym.env.UnknownScenarioException;
import jgym.env.code.CodeRunner;
import jgym.scenarios.code.PythonTool;

/**
 * One environment of OpenEnv's {@code reasoning_gym_env} shape over jgym's scenarios: {@code reset} builds a dataset of
 * {@code size} tasks of scenario {@code dataset_name} made with {@code seed} (task {@code i} is the one
 * {@code gym sample NAME --seed S --start i} prints) and hands out its questions in order, one per episode;
 * {@code step} scores the answer with the scenario's rubric and reveals the correct answer. Not thread-safe: one
 * connection (or one HTTP request) owns it.
 *
 * <p>Action {@code {"answer": str}}; observation {@code {"question", "score", "correct_answer", "dataset_metadata"}}
 * with {@code reward} and {@code done} beside it; reset arguments {@code dataset_name}, {@code dataset_config} (jgym's
 * {@code level} and scenario options), {@code seed}, {@code size}, {@code episode_id}, and jgym's {@code index} (this
 * episode is task {@code index} of the dataset; later ones follow it). A bare answer is scored as if
 * given in {@code <answer>} tags (code: in a fenced block); a full completion with its own tags is scored as it is.
 *
 * <p>Multi-turn tool episodes: reset with {@code "tools": ["python"]} (and {@code max_turns}, default
 * {@value #DEFAULT_MAX_TURNS}) and a step whose answer holds a Python code block and no {@code <answer>} is a call to
 * {@link PythonTool}: the code runs in the sandbox, the observation carries its output in {@code tool_output} with the
 * question again, {@code done} false and reward 0. After {@code max_turns} calls, the next step is scored as the answer.
 */
final class ReasoningSession implements EnvSession {
    /** The dataset a first reset without {@code dataset_name} builds, as OpenEnv's builds {@code leg_counting}. */
    static final String DEFAULT_DATASET = "math/arithmetic";
    static final int DEFAULT_SIZE = 1000;
    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_MAX_TURNS = 4;
    static final int MAX_TURNS = 32;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScenarioRegistry registry;
    private final Supplier<CodeRunner> runner;
    private Tool tool;
    private int maxTurns;
    private int toolCalls;
    private Scenario scenario;
    private int size;
    private long next;
    private Task current;
    private String episodeId = UUID.randomUUID().toString();
    private int stepCount;

    ReasoningSession(ScenarioRegistry registry, Supplier<CodeRunner> runner) {
        this.registry = registry;
        this.runner = runner;
    }

    /** Resets with {@code data} (a JSON object, possibly empty); the observation message data. */
    @Override
    public ObjectNode reset(JsonNode data) {
        JsonNode name = data.get("dataset_name");
        if (name != null && !name.isNull()) {
            if (!name.isTextual()) throw invalid("dataset_name", "must be a string");
            JsonNode seed = data.get("seed");
            JsonNode size = data.get("size");
            if (seed == null || seed.isNull() || size == null || size.isNull()) {
                throw new OpenEnvError(OpenEnvError.Code.EXECUTION_ERROR, "seed",
                        "seed and size must be provided when dataset_name is specified");
            }
            if (!seed.isIntegralNumber() || !seed.canConvertToLong()) throw invalid("seed", "must be an integer");
            if (!size.isIntegralNumber() || size.asLong() < 1 || size.asLong() > Integer.MAX_VALUE) {
                throw invalid("size", "must be an integer from 1 to " + Integer.MAX_VALUE);
            }
            build(name.asText(), config(data.get("dataset_config"), seed.asLong()), (int) size.asLong());
        } else if (scenario == null) {
            build(DEFAULT_DATASET, ScenarioConfig.defaults().withSeed(DEFAULT_SEED), DEFAULT_SIZE);
        }
        JsonNode id = data.get("episode_id");
        if (id != null && !id.isNull() && (!id.isTextual() || id.asText().length() > 255)) {
            throw invalid("episode_id", "must be a string of at most 255 characters");
        }
        tools(data.get("tools"), data.get("max_turns"));
        JsonNode index = data.get("index");
        if (index != null && !index.isNull()) {
            if (!index.isIntegralNumber() || index.asLong() < 0 || index.asLong() >= size) {
                throw invalid("index", "must be an integer from 0 to " + (size - 1) + " (the dataset's size less one)");
            }
            next = index.asLong(); // this episode is task `index`; later resets go on from it
        }
        current = scenario.task(next % size);
        next++;
        episodeId = id != null && id.isTextual() ? id.asText() : UUID.randomUUID().toString();
        stepCount = 0;
        ObjectNode obs = observation(current.prompt(), null, null, null);
        return result(obs, 0.0, false);
    }

    /** Reads the reset's {@code tools} and {@code max_turns}. */
    private void tools(JsonNode tools, JsonNode turns) {
        tool = null;
        toolCalls = 0;
        maxTurns = DEFAULT_MAX_TURNS;
        if (tools != null && !tools.isNull()) {
            if (!tools.isArray()) throw invalid("tools", "must be a list such as [\"python\"]");
            for (JsonNode t : tools) {
                if (!t.isTextual() || !t.asText().equals("python")) throw invalid("tools", "the one tool is \"python\", got " + t);
                tool = new PythonTool(runner, PythonTool.DEFAULT_LIMITS, PythonTool.DEFAULT_MAX_CHARS);
            }
        }
        if (turns != null && !turns.isNull()) {
            if (!turns.isIntegralNumber() || turns.asInt() < 1 || turns.asInt() > MAX_TURNS) {
                throw invalid("max_turns", "must be an integer from 1 to " + MAX_TURNS);
            }
            maxTurns = turns.asInt();
        }
    }

    /**
     * Scores {@code action} ({@code {"answer": str}}): the observation message data, done; or, in a tool episode, runs
     * a tool call and answers its output, not done.
     */
    @Override
    public ObjectNode step(JsonNode action) {
        if (action == null || !action.isObject()) throw invalid("action", "must be an object");
        JsonNode answer = action.get("answer");
        if (answer == null || answer.isNull()) throw invalid("answer", "field required");
        if (!answer.isTextual()) throw invalid("answer", "must be a string");
        stepCount++;
        if (current == null) return result(observation(null, null, null, null), 0.0, true);
        if (tool != null && toolCalls < maxTurns) {
            Optional<String> output = tool.call(current, answer.asText());
            if (output.isPresent()) {
                toolCalls++;
                ObjectNode obs = observation(current.prompt(), null, null, null);
                obs.put("tool_output", output.get());
                return result(obs, 0.0, false);
            }
        }
        RewardResult scored = scenario.rubric().evaluate(current, completion(current, answer.asText()));
        double score = scored.total();
        ObjectNode meta = JSON.createObjectNode();
        meta.put("task_id", current.id());
        meta.put("scenario", current.scenario());
        meta.put("level", current.level());
        meta.put("reason", scored.reason());
        ObjectNode obs = observation(null, score, current.gold().text(), meta);
        current = null;
        return result(obs, score, true);
    }

    /** OpenEnv's {@code State}: {@code {"episode_id", "step_count"}}. */
    @Override
    public ObjectNode state() {
        ObjectNode s = JSON.createObjectNode();
        s.put("episode_id", episodeId);
        s.put("step_count", stepCount);
        return s;
    }

    /** What the rubric scores for {@code answer}: the answer as given if it carries its own tags, else wrapped in them. */
    static String completion(Task task, String answer) {
        boolean tagged = answer.contains("<answer>") || answer.contains("\\boxed") || answer.contains("####") || answer.contains("```");
        if (tagged) return answer;
        if (task.gold() instanceof Gold.Tests tests) return "```" + tests.language() + "\n" + answer + "\n```";
        return "<answer>" + answer + "</answer>";
    }

    private void build(String name, ScenarioConfig config, int size) {
        try {
            this.scenario = registry.make(name, config);
        } catch (UnknownScenarioException e) {
            throw new OpenEnvError(OpenEnvError.Code.EXECUTION_ERROR, "dataset_name", "dataset_name: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new OpenEnvError(OpenEnvError.Code.EXECUTION_ERROR, "dataset_config", "dataset_config: " + e.getMessage());
        }
        this.size = (int) Math.min(size, scenario.size());
        this.next = 0;
    }

    /** jgym's scenario config from OpenEnv's {@code dataset_config}: {@code level} and string options. */
    private static ScenarioConfig config(JsonNode cfg, long seed) {
        ScenarioConfig c = ScenarioConfig.defaults().withSeed(seed);
        if (cfg == null || cfg.isNull()) return c;
        if (!cfg.isObject()) throw invalid("dataset_config", "must be an object");
        for (Iterator<Map.Entry<String, JsonNode>> it = cfg.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (e.getKey().equals("level")) {
                if (!v.isIntegralNumber()) throw invalid("dataset_config.level", "must be an integer");
                c = c.withLevel(v.asInt());
            } else if (v.isValueNode() && !v.isNull()) {
                c = c.withOption(e.getKey(), v.asText());
            } else {
                throw invalid("dataset_config." + e.getKey(), "must be a string, number or boolean");
            }
        }
        return c;
    }

    private static ObjectNode observation(String question, Double score, String correct, ObjectNode meta) {
        ObjectNode o = JSON.createObjectNode();
        o.put("question", question);
        if (score == null) o.putNull("score");
        else o.put("score", score);
        o.put("correct_answer", correct);
        o.set("dataset_metadata", meta);
        return o;
    }

    private static ObjectNode result(ObjectNode observation, double reward, boolean done) {
        ObjectNode r = JSON.createObjectNode();
        r.set("observation", observation);
        r.put("reward", reward);
        r.put("done", done);
        return r;
    }

    private static OpenEnvError invalid(String field, String message) {
        return new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, field, field + ": " + message);
    }
}
