package jgym.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gym score ... --spark MASTER}: hands the arguments to the optional spark module's {@code jgym.spark.ScoreJob},
 * found by name at run time, so that the cli does not depend on Spark. The {@code gym} launcher puts the module on the
 * classpath when {@code --spark} is given.
 */
final class SparkScore {
    static final String JOB = "jgym.spark.ScoreJob";

    private SparkScore() {}

    static int run(String scenario, Args a, PrintStream out, PrintStream err) throws Exception {
        var args = new ArrayList<>(List.of(scenario, "--master", a.value("--spark")));
        for (String option : List.of("--completions", "--out", "--seed", "--level", "--data", "--search", "--partitions")) {
            if (a.value(option) != null) args.addAll(List.of(option, a.value(option)));
        }
        for (String kv : a.values("--option")) args.addAll(List.of("--option", kv));
        return (int) SparkModule.call("--spark", JOB, "run", new Class<?>[] {List.class, PrintStream.class, PrintStream.class}, args, out, err);
    }
}
