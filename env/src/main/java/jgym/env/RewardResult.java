package jgym.env;

import java.util.List;
import java.util.Objects;

/**
 * The total reward of one completion with every component that made it up.
 *
 * @param total      the weighted sum of the applicable components
 * @param components each term of the rubric, in rubric order, with its weight and score (weight 0 terms are logged only)
 * @param reason     the reason of the first term (the primary check, by convention correctness)
 */
public record RewardResult(double total, List<Component> components, String reason) implements java.io.Serializable {
    public RewardResult {
        components = List.copyOf(components);
        Objects.requireNonNull(reason, "reason");
    }

    /** One term of a rubric as it scored. */
    public record Component(String name, double weight, Score score) implements java.io.Serializable {}

    /** The name of the correctness component of the built-in rubrics. */
    public static final String CORRECT = "correct";

    /**
     * Whether the completion is correct: the component called {@value #CORRECT} (else the first component) scored
     * exactly 1. A not-applicable correctness score is not correct.
     */
    public boolean correct() {
        if (components.isEmpty()) return false;
        Score s = components.stream().filter(c -> c.name().equals(CORRECT)).findFirst().orElse(components.get(0)).score();
        return s instanceof Score.Value v && v.value() == 1.0;
    }

    /** The score of the component called {@code name}. */
    public Score component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).map(Component::score).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component named " + name + " in " + components));
    }
}
