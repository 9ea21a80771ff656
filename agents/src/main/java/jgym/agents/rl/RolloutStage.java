package jgym.agents.rl;

import java.util.List;
import jgym.agents.policy.Policy;
import jgym.env.Task;

/**
 * Where a step's groups are sampled and scored when not in this JVM: the {@link Rollout} still draws the step's tasks
 * (so they are the tasks a local run draws), then hands them to the stage, which must return what
 * {@link Rollout#collect(jgym.agents.policy.SamplingPolicy, List, long, int)} over them returns: groups in task order,
 * group {@code p}'s rows numbered from {@code p * G}. The spark module's stage runs them as a Spark job.
 */
public interface RolloutStage {
    /**
     * The groups of {@code tasks} and the seconds spent on them.
     *
     * @param samplingSeconds seconds the policy spent sampling, summed over the workers
     * @param scoringSeconds  seconds the envs spent stepping (rubrics, tools), summed over the workers
     */
    record Result(List<RolloutBatch.Group> groups, double samplingSeconds, double scoringSeconds) {
        public Result {
            groups = List.copyOf(groups);
        }
    }

    /**
     * Samples G completions of each of {@code tasks} with {@code policy} and the seed {@code samplingSeed}, as
     * {@code config} says, and scores them.
     */
    Result run(Policy policy, RolloutConfig config, List<Task> tasks, long samplingSeed);
}
