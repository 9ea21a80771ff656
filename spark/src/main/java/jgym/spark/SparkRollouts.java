package jgym.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import jgym.agents.policy.Policy;
import jgym.agents.policy.PolicyCheckpoint;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.rl.Rollout;
import jgym.agents.rl.RolloutBatch;
import jgym.agents.rl.RolloutConfig;
import jgym.agents.rl.RolloutStage;
import jgym.agents.train.MemberSpec;
import jgym.env.Env;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * RL rollouts as a Spark stage: each step, the driver draws the step's tasks (as a local run does), broadcasts the
 * policy's weights, and the executors sample and score slices of the groups; the groups come back to the driver in
 * task order for the update. A slice starting at group {@code p} numbers its rows from {@code p * G}, so every row draws
 * from the seed a single-JVM run gives it ({@link Rollout#collect(jgym.agents.policy.SamplingPolicy, List, long, int)}).
 *
 * <p>On an executor JVM: the member environments are made once per stage from the run's {@link MemberSpec} (code
 * rewards and the Python tool on that JVM's one sandbox), and each task thread makes the broadcast policy once per
 * step. A failed task is retried by Spark; its slice is sampled again from the same seeds, so nothing is lost or
 * counted twice.
 *
 * <p>What can differ from a single-JVM run: OpenBLAS may sum a row of a product in another order when a slice has
 * another number of rows, so a log-probability can differ in its last float bit (seen: 2e-7); a sampled token differs
 * only if its uniform draw falls within that distance of a boundary, which no test has met.
 */
public final class SparkRollouts implements Function<MemberSpec, RolloutStage>, AutoCloseable {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final int partitions;
    private final boolean failFirstAttempts;

    private SparkRollouts(SparkSession spark, int partitions, boolean failFirstAttempts) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.partitions = partitions > 0 ? partitions : jsc.defaultParallelism();
        this.failFirstAttempts = failFirstAttempts;
    }

    /**
     * Starts (or joins) a Spark session at {@code master}.
     *
     * @param partitions slices per step, or 0 for Spark's default parallelism
     */
    public static SparkRollouts open(String master, int partitions) {
        return open(master, partitions, false, Map.of());
    }

    /**
     * For the tests: with {@code failFirstAttempts}, every slice's first attempt throws after sampling it; {@code conf}
     * adds Spark settings (e.g. the executors' class path for a local-cluster master).
     */
    static SparkRollouts open(String master, int partitions, boolean failFirstAttempts, Map<String, String> conf) {
        Objects.requireNonNull(master, "master");
        if (partitions < 0) throw new IllegalArgumentException("partitions must be >= 0, got " + partitions);
        var builder = SparkSession.builder().master(master).appName("jgym rollouts").config("spark.ui.enabled", "false");
        conf.forEach(builder::config);
        return new SparkRollouts(builder.getOrCreate(), partitions, failFirstAttempts);
    }

    /** The slices a step's groups are split into (at most one per group). */
    public int partitions() {
        return partitions;
    }

    @Override
    public RolloutStage apply(MemberSpec spec) {
        return new Stage(UUID.randomUUID().toString(), Objects.requireNonNull(spec, "spec"));
    }

    @Override
    public void close() {
        spark.stop();
    }

    /** Groups {@code first, first + 1, ...}: their tasks. */
    record Slice(int first, List<Task> tasks) implements Serializable {}

    /** One slice sampled and scored. */
    record Part(List<RolloutBatch.Group> groups, double samplingSeconds, double scoringSeconds) implements Serializable {}

    private final class Stage implements RolloutStage {
        private final String id;
        private final MemberSpec spec;

        Stage(String id, MemberSpec spec) {
            this.id = id;
            this.spec = spec;
        }

        @Override
        public Result run(Policy policy, RolloutConfig config, List<Task> tasks, long samplingSeed) {
            if (!(policy instanceof TransformerPolicy tp)) {
                throw new IllegalArgumentException("Spark rollouts broadcast a TransformerPolicy's weights; got " + policy.getClass().getName());
            }
            int n = Math.min(partitions, tasks.size());
            var slices = new ArrayList<Slice>(n);
            for (int k = 0; k < n; k++) {
                int from = (int) ((long) tasks.size() * k / n), to = (int) ((long) tasks.size() * (k + 1) / n);
                slices.add(new Slice(from, new ArrayList<>(tasks.subList(from, to))));
            }
            Broadcast<byte[]> weights = jsc.broadcast(PolicyCheckpoint.weights(tp));
            String stage = id;
            MemberSpec members = spec;
            boolean fail = failFirstAttempts;
            List<Part> parts;
            try {
                parts = jsc.parallelize(slices, n).map(s -> Executor.run(stage, members, config, weights, s, samplingSeed, fail)).collect();
            } finally {
                weights.destroy();
            }
            var groups = new ArrayList<RolloutBatch.Group>(tasks.size());
            double sampling = 0, scoring = 0;
            for (Part p : parts) {
                groups.addAll(p.groups());
                sampling += p.samplingSeconds();
                scoring += p.scoringSeconds();
            }
            return new Result(groups, sampling, scoring);
        }
    }

    /** One executor JVM's member environments (per stage) and policies (per task thread, for the latest step). */
    static final class Executor {
        private static final Map<String, Supplier<Env>> MEMBERS = new ConcurrentHashMap<>();
        private static final ThreadLocal<Map.Entry<Long, Policy>> POLICY = new ThreadLocal<>();
        /** Failures injected in this JVM (the fault test reads it in local mode, where the executors are this JVM). */
        static final java.util.concurrent.atomic.AtomicInteger INJECTED = new java.util.concurrent.atomic.AtomicInteger();

        static Part run(String stage, MemberSpec spec, RolloutConfig config, Broadcast<byte[]> weights, Slice slice, long samplingSeed,
                        boolean failFirstAttempt) {
            Supplier<Env> members = MEMBERS.computeIfAbsent(stage, s -> spec.members(Scenarios.registry()));
            Map.Entry<Long, Policy> held = POLICY.get();
            if (held == null || held.getKey() != weights.id()) {
                held = Map.entry(weights.id(), PolicyCheckpoint.snapshot(weights.value()));
                POLICY.set(held);
            }
            var rollout = new Rollout(members, config, 0);
            RolloutBatch batch = rollout.collect(held.getValue(), slice.tasks(), samplingSeed, slice.first());
            TaskContext context = TaskContext.get();
            if (failFirstAttempt && context != null && context.attemptNumber() == 0) {
                INJECTED.incrementAndGet();
                throw new IllegalStateException("injected failure: first attempt of the slice from group " + slice.first());
            }
            return new Part(batch.groups(), rollout.samplingSeconds(), rollout.scoringSeconds());
        }
    }
}
