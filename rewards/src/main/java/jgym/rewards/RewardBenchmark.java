package jgym.rewards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jgym.env.Gold;
import jgym.env.Reward;
import jgym.env.Rubric;
import jgym.env.Score;
import jgym.env.Seeds;
import jgym.env.Task;

/**
 * A throughput benchmark of the math rewards on GSM8K-sized completions (about 300 characters of reasoning and a
 * final answer), each measured against a trivial baseline reward ({@code completion.endsWith(gold)}) in the same run.
 *
 * <p>Single-threaded; run it from the command line ({@code main}) or from a {@code bench} command, not from unit tests.
 */
public final class RewardBenchmark {
    private RewardBenchmark() {}

    /**
     * One measured reward.
     *
     * @param name            what was measured
     * @param scoresPerSecond completions scored per second on one thread
     * @param vsBaseline      scoresPerSecond divided by the baseline's
     */
    public record Row(String name, double scoresPerSecond, double vsBaseline) {}

    /**
     * Measures every reward for about {@code millisEach} milliseconds after a warm-up of the same length.
     *
     * @param seed       seeds the synthetic tasks and completions
     * @param millisEach time spent measuring each reward, > 0
     */
    public static List<Row> run(long seed, long millisEach) {
        if (millisEach <= 0) throw new IllegalArgumentException("millisEach must be > 0, got " + millisEach);
        int n = 4096;
        var math = new ArrayList<Task>(n);
        var mathCompletions = new ArrayList<String>(n);
        var countdown = new ArrayList<Task>(n);
        var countdownCompletions = new ArrayList<String>(n);
        for (int i = 0; i < n; i++) {
            var rng = new SplittableRandom(Seeds.mix(seed, i));
            int a = rng.nextInt(10, 500);
            int b = rng.nextInt(10, 500);
            int answer = a + b;
            var trace = new StringBuilder();
            for (int k = 0; k < 6; k++) trace.append("She has ").append(rng.nextInt(1000)).append(" more items than before, so we add them up. ");
            trace.append(a).append(" + ").append(b).append(" = ").append(answer).append('.');
            Task t = new Task("bench/" + i, "bench", 1, "p", new Gold.Answer(Integer.toString(answer)), trace.toString());
            math.add(t);
            mathCompletions.add(switch (i % 4) {
                case 0, 1 -> t.oracleCompletion();
                case 2 -> "<think>\n" + trace + "\n</think>\n<answer>" + (answer + 1) + "</answer>";
                default -> trace + "\n#### " + answer;
            });
            Task c = new Task("cd/" + i, "bench", 1, "p", new Gold.Countdown(a * 2L + b, List.of(a, 2, b, 7), a + " * 2 + " + b), "");
            countdown.add(c);
            countdownCompletions.add("<think>\n" + trace + "\n</think>\n<answer>" + (i % 2 == 0 ? a + " * 2 + " + b : "(" + a + " + " + b + ") * 2") + "</answer>");
        }
        Reward baseline = (t, c) -> c.endsWith(t.answer()) ? Score.pass("ends with gold") : Score.fail("does not");
        Map<String, Reward> mathRewards = new LinkedHashMap<>();
        mathRewards.put("baseline endsWith(gold)", baseline);
        mathRewards.put("CorrectAnswer", new CorrectAnswer());
        mathRewards.put("FormatReward", new FormatReward());
        mathRewards.put("LastNumberAnswer", new LastNumberAnswer());
        mathRewards.put("RepetitionPenalty(3)", new RepetitionPenalty());
        Rubric rubric = Rubrics.math();
        mathRewards.put("Rubrics.math() (correct + format)", (t, c) -> Score.of(rubric.evaluate(t, c).total(), "total"));
        var rows = new ArrayList<Row>();
        double base = 0;
        for (var e : mathRewards.entrySet()) {
            double rate = measure(e.getValue(), math, mathCompletions, millisEach);
            if (rows.isEmpty()) base = rate;
            rows.add(new Row(e.getKey(), rate, rate / base));
        }
        double cd = measure(new CountdownCorrect(), countdown, countdownCompletions, millisEach);
        rows.add(new Row("CountdownCorrect", cd, cd / base));
        return rows;
    }

    private static double measure(Reward r, List<Task> tasks, List<String> completions, long millis) {
        double sink = 0;
        for (int phase = 0; phase < 2; phase++) {
            long end = System.nanoTime() + millis * 1_000_000L;
            long start = System.nanoTime();
            long done = 0;
            while (System.nanoTime() < end) {
                for (int i = 0; i < tasks.size(); i++) sink += r.score(tasks.get(i), completions.get(i)).valueOr(0.0);
                done += tasks.size();
            }
            if (phase == 1) {
                if (sink == Double.MIN_VALUE) System.out.print(""); // keeps the scores observable to the JIT
                return done / ((System.nanoTime() - start) / 1e9);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Prints one line per reward: scores per second on one thread and the ratio to the baseline. */
    public static void main(String[] args) {
        long millis = args.length > 0 ? Long.parseLong(args[0]) : 1000;
        System.out.printf("%-36s %14s %12s%n", "reward", "scores/s", "x baseline");
        for (Row r : run(Seeds.DEFAULT, millis)) System.out.printf("%-36s %14.0f %12.3f%n", r.name(), r.scoresPerSecond(), r.vsBaseline());
    }
}
