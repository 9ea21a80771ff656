package jgym.env;

import java.util.SplittableRandom;

/** A tiny scenario for the env tests: "What is twice N?" with N from the seed; the reward checks the exact text. */
record Doubling(long seed) implements Scenario {
    static final Reward EXACT = (task, completion) -> completion.strip().equals(task.answer())
            ? Score.pass("answer equals " + task.answer())
            : Score.fail("expected " + task.answer() + ", got '" + completion.strip() + "'");

    @Override
    public String name() {
        return "test/doubling";
    }

    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    @Override
    public Task task(long index) {
        int n = new SplittableRandom(Seeds.mix(seed, index)).nextInt(1_000_000);
        return new Task(name() + "/" + index, name(), 1, "What is twice " + n + "?",
                new Gold.Answer(Integer.toString(2 * n)), n + " + " + n + " = " + 2 * n);
    }

    @Override
    public Rubric rubric() {
        return Rubric.of("correct", EXACT);
    }
}
