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
public record RewardResult(double total, List<Component> components, String reason) {
    public RewardResult {
        components = List.copyOf(components);
        Objects.requireNonNull(reason, "reason");
    }

    /** One term of a rubric as it scored. */
    public record Component(String name, double weight, Score score) {}

    /** The score of the component called {@code name}. */
    public Score component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).map(Component::score).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component named " + name + " in " + components));
    }
}
