package jgym.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One environment behind OpenEnv's protocol. Not thread-safe: one WebSocket connection (or one HTTP request) owns it.
 * Each method returns the message data OpenEnv sends: {@code {"observation", "reward", "done"}} for reset and step, the
 * {@code State} for state. Bad input is an {@link OpenEnvError} naming the field.
 */
interface EnvSession {
    ObjectNode reset(JsonNode data);

    ObjectNode step(JsonNode action);

    ObjectNode state();
}
