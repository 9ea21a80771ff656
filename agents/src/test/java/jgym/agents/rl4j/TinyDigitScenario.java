package jgym.agents.rl4j;

import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Score;
import jgym.env.Task;

/** Five one-digit tasks: prompt {@code x=d?} for d in 0..4, answer (3d + 2) mod 10; exact-match reward. */
final class TinyDigitScenario implements Scenario {
    static int answer(int d) {
        return (3 * d + 2) % 10;
    }

    @Override
    public String name() {
        return "test/digit";
    }

    @Override
    public long size() {
        return 5;
    }

    @Override
    public Task task(long index) {
        int d = (int) index;
        return new Task("test/digit/" + d, name(), 1, "x=" + d + "?", new Gold.Answer(Integer.toString(answer(d))), "");
    }

    @Override
    public Rubric rubric() {
        return Rubric.of("correct", (task, completion) -> completion.equals(task.answer())
                ? Score.pass("exact match") : Score.fail("expected " + task.answer() + ", got '" + completion + "'"));
    }
}
