package jgym.agents.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One line of a metrics file: the named scalar values a trainer measured at one step of one phase.
 *
 * <p>Names are snake_case keys such as {@code reward_mean} or {@code kl}; values are finite (a trainer that has
 * nothing to report for a metric leaves it out rather than writing NaN, which JSON cannot carry). The map keeps the
 * order the values were given in, so the same run always writes the same bytes.
 *
 * @param phase  the stage of the run, never null
 * @param step   the step within the phase, from 0 (for {@link Phase#EVAL}: the training step it followed)
 * @param values metric name to value, in insertion order; copied and unmodifiable
 */
public record MetricsRow(Phase phase, int step, Map<String, Double> values) {
    /** The keys every row carries in its JSON object; a metric may not use them. */
    public static final String PHASE_KEY = "phase";
    public static final String STEP_KEY = "step";

    public MetricsRow {
        Objects.requireNonNull(phase, "phase");
        if (step < 0) throw new IllegalArgumentException("step must be >= 0, got " + step);
        Objects.requireNonNull(values, "values");
        var copy = new LinkedHashMap<String, Double>();
        for (var e : values.entrySet()) {
            String name = e.getKey();
            if (name == null || name.isBlank()) throw new IllegalArgumentException("values: metric name must not be blank");
            if (name.equals(PHASE_KEY) || name.equals(STEP_KEY)) {
                throw new IllegalArgumentException("values: metric name '" + name + "' is reserved");
            }
            Double v = e.getValue();
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("values: metric '" + name + "' must be finite, got " + v);
            }
            copy.put(name, v);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** Starts a row of {@code phase} at {@code step}; add values with {@link Builder#put}. */
    public static Builder builder(Phase phase, int step) {
        return new Builder(phase, step);
    }

    /** The value of metric {@code name}, or empty if this row does not carry it. */
    public OptionalDouble value(String name) {
        Double v = values.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** Collects values in order; {@link #put} rejects a name given twice. */
    public static final class Builder {
        private final Phase phase;
        private final int step;
        private final Map<String, Double> values = new LinkedHashMap<>();

        private Builder(Phase phase, int step) {
            this.phase = phase;
            this.step = step;
        }

        public Builder put(String name, double value) {
            if (values.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("values: metric '" + name + "' given twice");
            }
            return this;
        }

        /** Adds every entry of {@code more}, prefixing each name with {@code prefix}. */
        public Builder putAll(String prefix, Map<String, Double> more) {
            more.forEach((k, v) -> put(prefix + k, v));
            return this;
        }

        public MetricsRow build() {
            return new MetricsRow(phase, step, values);
        }
    }
}
