package jgym.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jgym.env.RewardResult;

/**
 * Running totals over scored completions: their number, mean reward, accuracy and how often each reason was given.
 *
 * <p>Accuracy is the share of completions whose correctness term scored exactly 1; the correctness term is the
 * component called {@value #CORRECT} when the rubric has one, else its first component. A not-applicable correctness
 * score counts as not correct.
 */
final class ScoreSummary {
    /** The name of the correctness component of the built-in rubrics. */
    static final String CORRECT = RewardResult.CORRECT;

    private long count;
    private long correct;
    private double rewardSum;
    private final Map<String, Long> reasons = new HashMap<>();

    /** Adds one scored completion. */
    void add(RewardResult result) {
        count++;
        rewardSum += result.total();
        if (isCorrect(result)) correct++;
        reasons.merge(kind(result.reason()), 1L, Long::sum);
    }

    /**
     * The kind of a reason: {@code reason} on one line with quoted text replaced by {@code '...'} and numbers by
     * {@code N}, so that "answer '73' reads as 73, gold is 72" and "answer '5' reads as 5, gold is 4" count together.
     */
    static String kind(String reason) {
        String flat = QUOTED.matcher(reason.replace('\n', ' ').replace('\r', ' ')).replaceAll("'...'");
        flat = NUMBER.matcher(flat).replaceAll("N");
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }

    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_])-?\\d+(?:[.,/]\\d+)*");

    /** True when the correctness term of {@code result} scored exactly 1. */
    static boolean isCorrect(RewardResult result) {
        return result.correct();
    }

    long count() {
        return count;
    }

    long correct() {
        return correct;
    }

    /** Mean total reward, or 0 when nothing was scored. */
    double meanReward() {
        return count == 0 ? 0.0 : rewardSum / count;
    }

    /** Share of completions with correct = 1, in [0, 1]; 0 when nothing was scored. */
    double accuracy() {
        return count == 0 ? 0.0 : (double) correct / count;
    }

    /** How often each kind of reason ({@link #kind}) was given, most frequent first (ties in reason order). */
    List<Map.Entry<String, Long>> reasonCounts() {
        var list = new ArrayList<>(reasons.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return list;
    }

    /** Prints the summary for people: totals, then the {@code maxReasons} most frequent reasons. */
    void print(String scenario, PrintStream to, int maxReasons) {
        to.printf("%s: %d completions, mean reward %.4f, accuracy %.2f%% (%d/%d with correct = 1)%n",
                scenario, count, meanReward(), 100.0 * accuracy(), correct, count);
        List<Map.Entry<String, Long>> counts = reasonCounts();
        if (counts.isEmpty()) return;
        to.println("reasons of the first term (count, reason with numbers as N and quoted text as '...'):");
        for (int i = 0; i < counts.size() && i < maxReasons; i++) {
            to.printf("%8d  %s%n", counts.get(i).getValue(), counts.get(i).getKey());
        }
        if (counts.size() > maxReasons) {
            long rest = counts.stream().skip(maxReasons).mapToLong(Map.Entry::getValue).sum();
            to.printf("%8d  (%d other reasons)%n", rest, counts.size() - maxReasons);
        }
    }
}
