package jgym.env;

/** Renders a task's prompt into the text the policy sees on its first turn. */
@FunctionalInterface
public interface PromptTemplate extends java.io.Serializable {
    String render(Task task);

    /** The prompt as the scenario wrote it. */
    PromptTemplate PLAIN = Task::prompt;

    /**
     * The task's question without its trailing answer-format instruction (everything from {@code " Answer with"} on,
     * as the built-in scenarios write it): what the gym's own small policies see, since the oracle traces they are
     * tuned on teach the format anyway; it halves the prompt of the short math families and with it the sampling time.
     */
    PromptTemplate QUESTION_ONLY = task -> {
        String p = task.prompt();
        int cut = p.indexOf(" Answer with");
        return cut > 0 ? p.substring(0, cut) : p;
    };

    /** The DeepSeek-R1-Zero template: reason inside {@code <think>}, answer inside {@code <answer>}. */
    PromptTemplate R1_ZERO = task -> "A conversation between User and Assistant. The user asks a question, and the "
            + "Assistant solves it. The assistant first thinks about the reasoning process in the mind and then provides "
            + "the user with the answer. The reasoning process and answer are enclosed within <think> </think> and "
            + "<answer> </answer> tags, respectively, i.e., <think> reasoning process here </think> "
            + "<answer> answer here </answer>. User: " + task.prompt() + " Assistant:";
}
