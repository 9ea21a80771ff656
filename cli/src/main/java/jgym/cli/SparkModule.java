package jgym.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The optional spark module, reached by class name at run time so that the cli does not depend on Spark; the
 * {@code gym} launcher puts it on the classpath for {@code --spark} and {@code gym bench spark}.
 */
final class SparkModule {
    private SparkModule() {}

    /**
     * Calls static method {@code method} of {@code className} in the spark module with {@code args}, rethrowing what
     * it throws as it is.
     *
     * @throws UsageException when the module is not on the classpath
     */
    static Object call(String what, String className, String method, Class<?>[] types, Object... args) throws Exception {
        Method m;
        try {
            m = Class.forName(className).getMethod(method, types);
        } catch (ClassNotFoundException e) {
            throw new UsageException(what + " needs the spark module on the classpath: ./gym adds it (and builds it) when --spark is"
                    + " given and for gym bench spark; in your own JVM add spark/target/classes and the jars of spark/target/classpath.txt");
        }
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) throw cause;
            throw e;
        }
    }

    /** Rollout stages on Spark at {@code master} (the spark module's {@code SparkRollouts}); close them to stop Spark. */
    interface RolloutStages extends java.util.function.Function<jgym.agents.train.MemberSpec, jgym.agents.rl.RolloutStage>,
            AutoCloseable {
        @Override
        void close();
    }

    @SuppressWarnings("unchecked")
    static RolloutStages rolloutStages(String master, int partitions) throws Exception {
        Object opened = call("--spark", "jgym.spark.SparkRollouts", "open", new Class<?>[] {String.class, int.class}, master, partitions);
        var stages = (java.util.function.Function<jgym.agents.train.MemberSpec, jgym.agents.rl.RolloutStage>) opened;
        return new RolloutStages() {
            @Override
            public jgym.agents.rl.RolloutStage apply(jgym.agents.train.MemberSpec spec) {
                return stages.apply(spec);
            }

            @Override
            public void close() {
                try {
                    ((AutoCloseable) opened).close();
                } catch (Exception e) {
                    throw new IllegalStateException("stopping Spark: " + e.getMessage(), e);
                }
            }
        };
    }
}
