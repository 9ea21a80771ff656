package jgym.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import jgym.env.Gold;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioRegistry;
import jgym.env.Score;
import jgym.env.Seeds;
import jgym.env.Task;
import jgym.scenarios.data.DatasetScenario;

/** A registry with one procedural and one dataset scenario whose scores are easy to work out by hand. */
final class TestScenarios {
    private TestScenarios() {}

    /**
     * "correct" (weight 1): 1 when the completion contains {@code <answer>GOLD</answer>}; "short" (weight 0.5): 1 when
     * the completion has at most 20 characters.
     */
    static final Rubric RUBRIC = Rubric.of("correct", (Task t, String c) -> {
        int open = c.indexOf("<answer>");
        int close = c.indexOf("</answer>");
        if (open < 0 || close < open) return Score.fail("no <answer> tag");
        String got = c.substring(open + 8, close);
        return got.equals(t.answer()) ? Score.pass("right answer " + got) : Score.fail("expected " + t.answer() + ", got " + got);
    }).with("short", 0.5, (t, c) -> c.length() <= 20 ? Score.pass("short") : Score.fail("long"));

    /** {@code a + b} with a, b in [0, 10 * level), task i drawn from {@code mix(seed, i)}. */
    record Addition(long seed, int level) implements Scenario {
        @Override
        public String name() {
            return "test/add";
        }

        @Override
        public long size() {
            return Long.MAX_VALUE;
        }

        @Override
        public Task task(long index) {
            var r = new SplittableRandom(Seeds.mix(seed, index));
            int a = r.nextInt(10 * level);
            int b = r.nextInt(10 * level);
            return new Task("test/add/" + level + "/" + index, name(), level, a + "+" + b + "?", new Gold.Answer(Integer.toString(a + b)),
                    a + " plus " + b + " is " + (a + b) + ".");
        }

        @Override
        public Rubric rubric() {
            return RUBRIC;
        }
    }

    /** Three tasks t/0, t/1, t/2 with golds 3, 5 and 8. */
    static final DatasetScenario DATA = new DatasetScenario("test/data", List.of(
            new Task("t/0", "test/data", 1, "1+2?", new Gold.Answer("3"), ""),
            new Task("t/1", "test/data", 1, "2+3?", new Gold.Answer("5"), ""),
            new Task("t/2", "test/data", 1, "3+5?", new Gold.Answer("8"), "")), RUBRIC);

    static ScenarioRegistry registry() {
        return new ScenarioRegistry()
                .register("test/add", "sums of two numbers", 2, c -> new Addition(c.seed(), c.level()))
                .register("test/data", "three fixed sums", 1, c -> DATA);
    }

    /** The commands of the gym, over {@link #registry()}. */
    static List<Command> commands() {
        ScenarioRegistry r = registry();
        return List.of(new ListCommand(r), new SampleCommand(r), new ScoreCommand(r), new BenchCommand(List.of(new TasksBenchmark(r))));
    }

    /** What one in-process run of the gym printed and returned. */
    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    /** Runs the gym over the test registry. */
    static Run gym(String... args) {
        return run(commands(), args);
    }

    /** Runs the gym with its built-in commands and scenarios. */
    static Run builtin(String... args) {
        return run(Main.commands(), args);
    }

    private static Run run(List<Command> commands, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8); var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(commands, List.of(args), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
