package jgym.server.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request the server refuses, answered with OpenAI's error object: {@code {"error": {message, type, param, code}}}. */
final class OpenAiError extends RuntimeException {
    private static final ObjectMapper JSON = new ObjectMapper();
    final int status;
    final String type;
    final String param;

    OpenAiError(int status, String type, String param, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.param = param;
    }

    /** A 400 {@code invalid_request_error} naming the request field {@code param}. */
    static OpenAiError invalid(String param, String message) {
        return new OpenAiError(400, "invalid_request_error", param, message);
    }

    ObjectNode body() {
        return body(type, param, getMessage());
    }

    static ObjectNode body(String type, String param, String message) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("message", message);
        e.put("type", type);
        if (param == null) e.putNull("param");
        else e.put("param", param);
        e.putNull("code");
        return root;
    }
}
