package jgym.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * OpenEnv's HTTP request models ({@code ResetRequest}, {@code StepRequest}) checked as its pydantic models check them,
 * and FastAPI's error body {@code {"detail": [{"type", "loc", "msg"}]}} for a request that fails.
 */
final class Http {
    private Http() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks a {@code POST /reset} body: an object; {@code seed} an integer >= 0; {@code episode_id} at most 255 characters. */
    static void resetRequest(JsonNode body) {
        if (!body.isObject()) throw invalid("body", "Input should be a valid dictionary");
        JsonNode seed = body.get("seed");
        if (seed != null && !seed.isNull() && (!seed.isIntegralNumber() || seed.asLong() < 0)) {
            throw invalid("seed", "seed: Input should be an integer greater than or equal to 0");
        }
        JsonNode id = body.get("episode_id");
        if (id != null && !id.isNull() && (!id.isTextual() || id.asText().length() > 255)) {
            throw invalid("episode_id", "episode_id: Input should be a string of at most 255 characters");
        }
    }

    /** Checks a {@code POST /step} body and returns its {@code action}: an object; {@code timeout_s} > 0 if given. */
    static JsonNode stepRequest(JsonNode body) {
        if (!body.isObject()) throw invalid("body", "Input should be a valid dictionary");
        JsonNode action = body.get("action");
        if (action == null || action.isNull()) throw invalid("action", "action: Field required");
        if (!action.isObject()) throw invalid("action", "action: Input should be a valid dictionary");
        JsonNode timeout = body.get("timeout_s");
        if (timeout != null && !timeout.isNull() && (!timeout.isNumber() || timeout.asDouble() <= 0)) {
            throw invalid("timeout_s", "timeout_s: Input should be greater than 0");
        }
        return action;
    }

    /** FastAPI's 422 body naming {@code field}. */
    static ObjectNode detail(String type, String field, String message) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode detail = body.putArray("detail");
        ObjectNode e = detail.addObject();
        e.put("type", type);
        ArrayNode loc = e.putArray("loc");
        loc.add("body");
        if (!field.equals("body")) for (String part : field.split("\\.")) loc.add(part);
        e.put("msg", message);
        return body;
    }

    /** The {@code errors} list of a WebSocket {@code VALIDATION_ERROR}, naming {@code field}. */
    static ArrayNode errors(String field, String message) {
        ArrayNode errors = JSON.createArrayNode();
        ObjectNode e = errors.addObject();
        e.put("type", "value_error");
        ArrayNode loc = e.putArray("loc");
        for (String part : field.split("\\.")) loc.add(part);
        e.put("msg", message);
        return errors;
    }

    private static OpenEnvError invalid(String field, String message) {
        return new OpenEnvError(OpenEnvError.Code.VALIDATION_ERROR, field, message);
    }
}
