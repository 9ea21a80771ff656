package jgym.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import jgym.env.RewardResult;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Score;
import jgym.env.Task;
import jgym.env.TaskLookup;
import jgym.env.UnknownScenarioException;

/**
 * {@code POST /score}: what {@code gym score} does, over HTTP, for a trainer's reward function. Request
 * {@code {"scenario", "seed", "level", "options", "rows": [{"task_id", "completion"}]}} (tasks as {@code gym sample}
 * prints them with that seed, level and options); answer {@code {"results": [{"task_id", "reward", "components",
 * "reason"}], "summary": {"count", "mean_reward", "accuracy"}}}, one result per row in order, each reward with every
 * rubric term and the reason.
 */
final class BatchScore {
    private BatchScore() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Most rows one request may score. */
    static final int MAX_ROWS = 4096;
    /** How many tasks of a procedural scenario are searched for a task id, as {@code gym score}'s default. */
    static final long SEARCH = 100_000;

    static ObjectNode score(JsonNode body, ScenarioRegistry registry) {
        if (!body.isObject()) throw invalid("body", "Input should be a valid dictionary");
        JsonNode name = body.get("scenario");
        if (name == null || !name.isTextual()) throw invalid("scenario", "scenario: Field required (a scenario name, see gym list)");
        ScenarioConfig config = ScenarioConfig.defaults();
        JsonNode seed = body.get("seed");
        if (seed != null && !seed.isNull()) {
            if (!seed.isIntegralNumber()) throw invalid("seed", "seed: Input should be an integer");
            config = config.withSeed(seed.asLong());
        }
        JsonNode level = body.get("level");
        if (level != null && !level.isNull()) {
            if (!level.isIntegralNumber()) throw invalid("level", "level: Input should be an integer");
            config = config.withLevel(level.asInt());
        }
        JsonNode options = body.get("options");
        if (options != null && !options.isNull()) {
            if (!options.isObject()) throw invalid("options", "options: Input should be a valid dictionary");
            for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode() || e.getValue().isNull()) throw invalid("options." + e.getKey(), "options." + e.getKey() + ": must be a string, number or boolean");
                config = config.withOption(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode rows = body.get("rows");
        if (rows == null || !rows.isArray()) throw invalid("rows", "rows: Field required (a list of {task_id, completion})");
        if (rows.size() > MAX_ROWS) throw invalid("rows", "rows: at most " + MAX_ROWS + " a request");
        Scenario scenario;
        try {
            scenario = registry.make(name.asText(), config);
        } catch (UnknownScenarioException e) {
            throw invalid("scenario", "scenario: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw invalid("options", e.getMessage());
        }
        TaskLookup lookup = new TaskLookup(scenario, SEARCH);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        double sum = 0;
        int correct = 0;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            JsonNode id = row.get("task_id");
            JsonNode completion = row.get("completion");
            if (id == null || !id.isTextual()) throw invalid("rows." + i + ".task_id", "rows[" + i + "].task_id: Field required (a string)");
            if (completion == null || !completion.isTextual()) throw invalid("rows." + i + ".completion", "rows[" + i + "].completion: Field required (a string)");
            Task task = lookup.find(id.asText()).orElseThrow(() -> invalid("rows." + id.asText(), "rows[" + id.asText() + "].task_id: "
                    + lookup.notFound(id.asText(), " with this seed, level and options")));
            RewardResult r = scenario.rubric().evaluate(task, completion.asText());
            ObjectNode res = results.addObject();
            res.put("task_id", task.id());
            res.put("reward", r.total());
            ObjectNode components = res.putObject("components");
            for (RewardResult.Component c : r.components()) {
                if (c.score() instanceof Score.Value v) components.put(c.name(), v.value());
                else components.putNull(c.name());
            }
            res.put("reason", r.reason());
            sum += r.total();
            if (r.correct()) correct++;
        }
        ObjectNode summary = out.putObject("summary");
        summary.put("count", rows.size());
        summary.put("mean_reward", rows.isEmpty() ? 0.0 : sum / rows.size());
        summary.put("accuracy", rows.isEmpty() ? 0.0 : (double) correct / rows.size());
        return out;
    }

    private static OpenEnvError invalid(String field, String message) {
        return new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, field, message);
    }
}
