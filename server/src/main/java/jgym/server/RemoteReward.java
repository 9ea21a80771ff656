package jgym.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jgym.env.Gold;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Task;

/**
 * OpenRLHF's remote reward model API ({@code openrlhf/utils/remote_rm_utils.py}: a POST of {@code {"query": [...],
 * "prompts": [...], "labels": [...]}} read back by its {@code "rewards"} key) answered by a verifiable rubric instead of
 * a model: each response (the query less its prompt, when the query starts with it) is scored against its label as the
 * gold answer. The answer also carries {@code scores} (the same values) and {@code reasons}.
 */
final class RemoteReward {
    private RemoteReward() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Most rows one request may score. */
    static final int MAX_ROWS = 4096;

    static ObjectNode score(JsonNode body, Rubric rubric) {
        if (!body.isObject()) throw invalid("body", "Input should be a valid dictionary");
        JsonNode queries = strings(body, "query", true);
        JsonNode labels = strings(body, "labels", true);
        JsonNode prompts = strings(body, "prompts", false);
        if (labels.size() != queries.size()) throw invalid("labels", "labels: " + labels.size() + " labels for " + queries.size() + " queries");
        if (prompts != null && prompts.size() != queries.size()) throw invalid("prompts", "prompts: " + prompts.size() + " prompts for " + queries.size() + " queries");
        ObjectNode out = JSON.createObjectNode();
        ArrayNode rewards = out.putArray("rewards");
        ArrayNode scores = out.putArray("scores");
        ArrayNode reasons = out.putArray("reasons");
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i).asText();
            String prompt = prompts == null ? "" : prompts.get(i).asText();
            String response = !prompt.isEmpty() && query.startsWith(prompt) ? query.substring(prompt.length()) : query;
            Task task = new Task("remote/" + i, "remote", 1, prompt, new Gold.Answer(labels.get(i).asText()), "");
            RewardResult r = rubric.evaluate(task, response);
            rewards.add(r.total());
            scores.add(r.total());
            reasons.add(r.reason());
        }
        return out;
    }

    private static JsonNode strings(JsonNode body, String field, boolean required) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) throw invalid(field, field + ": Field required (a list of strings)");
            return null;
        }
        if (!n.isArray()) throw invalid(field, field + ": Input should be a valid list");
        if (n.size() > MAX_ROWS) throw invalid(field, field + ": at most " + MAX_ROWS + " rows a request");
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) throw invalid(field + "." + i, field + "[" + i + "]: Input should be a valid string");
        }
        return n;
    }

    private static OpenEnvError invalid(String field, String message) {
        return new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, field, message);
    }
}
