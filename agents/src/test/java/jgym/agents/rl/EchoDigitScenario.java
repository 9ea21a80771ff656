package jgym.agents.rl;

import java.util.SplittableRandom;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Score;
import jgym.env.Seeds;
import jgym.env.Task;

/**
 * A trivially learnable scenario for trainer smoke tests: the prompt is one digit below {@code digits}, and a
 * completion is correct when it starts with that digit. A second, weight-0 term logs whether the completion is
 * exactly the digit.
 */
public final class EchoDigitScenario implements Scenario {
    private final long seed;
    private final int digits;

    public EchoDigitScenario(long seed, int digits) {
        if (digits < 1 || digits > 10) throw new IllegalArgumentException("digits must be in [1, 10], got " + digits);
        this.seed = seed;
        this.digits = digits;
    }

    @Override
    public String name() {
        return "test/echo-digit";
    }

    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    @Override
    public Task task(long index) {
        int d = new SplittableRandom(Seeds.mix(seed, index)).nextInt(digits);
        return new Task("echo/" + index, name(), 1, String.valueOf(d), new Gold.Answer(String.valueOf(d)), String.valueOf(d));
    }

    @Override
    public Rubric rubric() {
        return Rubric.of("correct", (task, completion) -> completion.startsWith(task.answer())
                        ? Score.pass("starts with " + task.answer()) : Score.fail("does not start with " + task.answer()))
                .with("exact", 0.0, (task, completion) -> Score.of(completion.equals(task.answer()) ? 1 : 0, "exact match"));
    }
}
