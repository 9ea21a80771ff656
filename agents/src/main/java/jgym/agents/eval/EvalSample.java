package jgym.agents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One scored sample, one line of {@code gym eval}'s JSONL.
 *
 * @param run        the evaluation's settings as text: a resume with other settings is refused
 * @param chunk      the batch of tasks the sample was drawn in (the unit a resume re-asks)
 * @param taskId     the task's id
 * @param level      the task's level
 * @param sample     which of the task's samples, from 0
 * @param completion the completion as the policy wrote it (in a multi-turn episode: every turn, with the tool's outputs)
 * @param reward     the rubric's total
 * @param correct    whether the correctness term scored 1 ({@link jgym.env.RewardResult#correct()})
 * @param answer     the stated final answer, whitespace collapsed, that majority voting counts; null when the completion
 *                   states none or several different ones
 * @param truncated  the completion ran out of tokens, or the episode out of tool calls
 * @param reason     the correctness term's reason
 * @param toolCalls  how many of the sample's turns were tool calls (their outputs are in {@code completion})
 */
public record EvalSample(String run, int chunk, String taskId, int level, int sample, String completion, double reward,
                         boolean correct, String answer, boolean truncated, String reason, int toolCalls) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public EvalSample {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(reason, "reason");
    }

    /** The sample as its JSONL line's object. */
    public ObjectNode json() {
        ObjectNode n = JSON.createObjectNode();
        n.put("task_id", taskId).put("level", level).put("sample", sample).put("completion", completion).put("reward", reward)
                .put("correct", correct);
        if (answer == null) n.putNull("answer");
        else n.put("answer", answer);
        n.put("truncated", truncated).put("reason", reason).put("tool_calls", toolCalls).put("chunk", chunk).put("run", run);
        return n;
    }

    /** A line's field that is missing or of the wrong type. */
    static final class BadField extends IllegalArgumentException {
        final String field;

        BadField(String field, String problem) {
            super(problem);
            this.field = field;
        }
    }

    /** The sample of a JSONL line; {@link BadField} naming the first missing or mistyped field. */
    /**
     * The sample of a JSONL line's object.
     *
     * @throws IllegalArgumentException naming the field when one is missing or of the wrong type
     */
    public static EvalSample of(JsonNode n) {
        if (n == null || !n.isObject()) throw new BadField(null, "not a JSON object");
        return new EvalSample(text(n, "run"), integer(n, "chunk"), text(n, "task_id"), integer(n, "level"), integer(n, "sample"),
                text(n, "completion"), number(n, "reward"), bool(n, "correct"),
                n.path("answer").isTextual() ? n.get("answer").asText() : null, bool(n, "truncated"), text(n, "reason"),
                integer(n, "tool_calls"));
    }

    private static String text(JsonNode n, String f) {
        if (!n.path(f).isTextual()) throw new BadField(f, "a string is required");
        return n.get(f).asText();
    }

    private static int integer(JsonNode n, String f) {
        if (!n.path(f).canConvertToInt() || !n.path(f).isIntegralNumber()) throw new BadField(f, "an integer is required");
        return n.get(f).asInt();
    }

    private static double number(JsonNode n, String f) {
        if (!n.path(f).isNumber()) throw new BadField(f, "a number is required");
        return n.get(f).asDouble();
    }

    private static boolean bool(JsonNode n, String f) {
        if (!n.path(f).isBoolean()) throw new BadField(f, "true or false is required");
        return n.get(f).asBoolean();
    }
}
