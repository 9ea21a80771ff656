package jgym.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A weighted sum of named rewards that reports every component.
 *
 * <p>{@code total = sum(weight_i * value_i)} over the applicable terms. A term with weight 0 is computed and logged but
 * does not change the total; a not-applicable term adds nothing and its reason is kept.
 */
public record Rubric(List<Term> terms) {
    public Rubric {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) throw new IllegalArgumentException("terms must not be empty");
        var seen = new java.util.HashSet<String>();
        for (Term t : terms) {
            if (!seen.add(t.name())) throw new IllegalArgumentException("terms: duplicate name " + t.name());
        }
    }

    /** One named, weighted reward. */
    public record Term(String name, double weight, Reward reward) implements java.io.Serializable {
        public Term {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reward, "reward");
            if (!Double.isFinite(weight)) throw new IllegalArgumentException("weight of " + name + " must be finite, got " + weight);
        }
    }

    /** A rubric of one reward with weight 1. */
    public static Rubric of(String name, Reward reward) {
        return new Rubric(List.of(new Term(name, 1.0, reward)));
    }

    /** This rubric with one more term. */
    public Rubric with(String name, double weight, Reward reward) {
        var more = new ArrayList<>(terms);
        more.add(new Term(name, weight, reward));
        return new Rubric(more);
    }

    /** Scores {@code completion} with every term. */
    public RewardResult evaluate(Task task, String completion) {
        Objects.requireNonNull(completion, "completion");
        var components = new ArrayList<RewardResult.Component>(terms.size());
        double total = 0.0;
        for (Term t : terms) {
            Score s = Objects.requireNonNull(t.reward().score(task, completion), () -> "reward " + t.name() + " returned null");
            components.add(new RewardResult.Component(t.name(), t.weight(), s));
            if (s instanceof Score.Value v) total += t.weight() * v.value();
        }
        return new RewardResult(total, components, components.get(0).score().reason());
    }
}
