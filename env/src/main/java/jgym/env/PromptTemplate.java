package jgym.env;

/** Renders a task's prompt into the text the policy sees on its first turn. */
@FunctionalInterface
public interface PromptTemplate {
    String render(Task task);

    /** The prompt as the scenario wrote it. */
    PromptTemplate PLAIN = Task::prompt;

    /** The DeepSeek-R1-Zero template: reason inside {@code <think>}, answer inside {@code <answer>}. */
    PromptTemplate R1_ZERO = task -> "A conversation between User and Assistant. The user asks a question, and the "
            + "Assistant solves it. The assistant first thinks about the reasoning process in the mind and then provides "
            + "the user with the answer. The reasoning process and answer are enclosed within <think> </think> and "
            + "<answer> </answer> tags, respectively, i.e., <think> reasoning process here </think> "
            + "<answer> answer here </answer>. User: " + task.prompt() + " Assistant:";
}
