package jgym.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code GET /schema} and {@code GET /metadata} answer: JSON schemas of the action, observation and state, as
 * OpenEnv's pydantic models ({@code envs/reasoning_gym_env/models.py}, {@code envs/coding_env/models.py}) give them.
 */
final class Schemas {
    private Schemas() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ACTION = """
            {"title": "ReasoningGymAction", "description": "Action for the Reasoning Gym environment - the agent's answer.",
             "type": "object", "required": ["answer"], "additionalProperties": false,
             "properties": {
               "metadata": {"title": "Metadata", "type": "object", "description": "Additional metadata for the action"},
               "answer": {"title": "Answer", "type": "string",
                          "description": "The agent's answer: a bare answer, or a full completion with <answer> tags or \\\\boxed{}"}}}""";
    private static final String OBSERVATION = """
            {"title": "ReasoningGymObservation", "description": "Observation from the Reasoning Gym environment.",
             "type": "object", "additionalProperties": false,
             "properties": {
               "done": {"title": "Done", "type": "boolean", "default": false},
               "reward": {"title": "Reward", "anyOf": [{"type": "boolean"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}], "default": null},
               "metadata": {"title": "Metadata", "type": "object"},
               "question": {"title": "Question", "anyOf": [{"type": "string"}, {"type": "null"}], "default": null,
                            "description": "The current question to answer (None after step)"},
               "score": {"title": "Score", "anyOf": [{"type": "number"}, {"type": "null"}], "default": null,
                         "description": "Score for the answer, in [0, 1], from the scenario's rubric"},
               "correct_answer": {"title": "Correct Answer", "anyOf": [{"type": "string"}, {"type": "null"}], "default": null,
                                  "description": "The correct answer (revealed after step)"},
               "dataset_metadata": {"title": "Dataset Metadata", "anyOf": [{"type": "object"}, {"type": "null"}], "default": null,
                                    "description": "task_id, scenario, level and the rubric's reason"}}}""";
    private static final String STATE = """
            {"title": "State", "description": "Base class for environment state.", "type": "object", "additionalProperties": true,
             "properties": {
               "episode_id": {"title": "Episode Id", "anyOf": [{"type": "string"}, {"type": "null"}], "default": null},
               "step_count": {"title": "Step Count", "type": "integer", "minimum": 0, "default": 0}}}""";

    private static final String CODE_ACTION = """
            {"title": "CodeAction", "description": "Represents a single code execution request.", "type": "object",
             "required": ["code"], "additionalProperties": false,
             "properties": {
               "metadata": {"title": "Metadata", "type": "object", "description": "Additional metadata for the action"},
               "code": {"title": "Code", "type": "string"}}}""";
    private static final String CODE_OBSERVATION = """
            {"title": "CodeObservation", "description": "Result of executing code in the environment.", "type": "object",
             "additionalProperties": false,
             "properties": {
               "done": {"title": "Done", "type": "boolean", "default": false},
               "reward": {"title": "Reward", "anyOf": [{"type": "boolean"}, {"type": "integer"}, {"type": "number"}, {"type": "null"}], "default": null},
               "metadata": {"title": "Metadata", "type": "object"},
               "stdout": {"title": "Stdout", "type": "string", "default": ""},
               "stderr": {"title": "Stderr", "type": "string", "default": ""},
               "exit_code": {"title": "Exit Code", "type": "integer", "default": 0}}}""";
    private static final String CODE_STATE = """
            {"title": "CodeState", "description": "State for CodeAct environment with persistent execution context.",
             "type": "object", "additionalProperties": true,
             "properties": {
               "episode_id": {"title": "Episode Id", "anyOf": [{"type": "string"}, {"type": "null"}], "default": null},
               "step_count": {"title": "Step Count", "type": "integer", "minimum": 0, "default": 0},
               "last_exit_code": {"title": "Last Exit Code", "type": "integer", "default": 0}}}""";

    /** {@code {"action", "observation", "state"}} of {@code coding_env}. */
    static ObjectNode coding() {
        ObjectNode s = JSON.createObjectNode();
        s.set("action", parse(CODE_ACTION));
        s.set("observation", parse(CODE_OBSERVATION));
        s.set("state", parse(CODE_STATE));
        return s;
    }

    /** OpenEnv's {@code EnvironmentMetadata} of the coding environment. */
    static ObjectNode codingMetadata() {
        ObjectNode m = metadata("jgym_coding_env", "Python run in jgym's GraalPy sandbox in the shape of OpenEnv's coding_env: "
                + "step with code, observe stdout, stderr and exit_code; names defined by earlier steps of the episode stay defined");
        return m;
    }

    /** {@code {"action", "observation", "state"}} of {@code reasoning_gym_env}. */
    static ObjectNode reasoning() {
        ObjectNode s = JSON.createObjectNode();
        s.set("action", parse(ACTION));
        s.set("observation", parse(OBSERVATION));
        s.set("state", parse(STATE));
        return s;
    }

    /** OpenEnv's {@code EnvironmentMetadata} of the reasoning environment. */
    static ObjectNode reasoningMetadata() {
        return metadata("jgym_reasoning_env", "jgym's procedural math, logic and code scenarios and datasets (gym list) in the "
                + "shape of OpenEnv's reasoning_gym_env: reset with dataset_name, dataset_config, seed and size; step with an answer");
    }

    private static ObjectNode metadata(String name, String description) {
        ObjectNode m = JSON.createObjectNode();
        m.put("name", name);
        m.put("description", description);
        m.putNull("readme_content");
        m.put("version", "0.1.0");
        m.put("author", "jgym");
        m.putNull("documentation_url");
        return m;
    }

    private static ObjectNode parse(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bad built-in schema", e);
        }
    }
}
