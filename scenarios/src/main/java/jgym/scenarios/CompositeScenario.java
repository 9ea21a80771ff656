package jgym.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.Reward;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Score;
import jgym.env.Seeds;
import jgym.env.Task;
import jgym.env.UnknownScenarioException;
import jgym.rewards.FormatReward;

/**
 * A weighted mixture of scenarios (reasoning-gym's composite): task {@code i} comes from the part a seeded draw picks
 * in proportion to the weights, and is that part's own task {@code i} (ids stay the part's, so they never collide);
 * each answer is scored by its part's rubric.
 *
 * <p>Registered as {@code mix} with option {@code of=NAME[@LEVEL][:WEIGHT],...}, e.g.
 * {@code of=math/arithmetic@2:3,logic/knights_knaves:1}: level 1 and weight 1 unless given. Every part gets its own
 * seed derived from the mixture's, so two parts never share a random stream.
 */
public final class CompositeScenario implements Scenario {
    /** The registered name. */
    public static final String NAME = "mix";
    /** The option listing the parts. */
    public static final String OF = "of";
    /** The parts when {@code of} is not given: one family of each kind, level 1, equal weights, all scored exactly. */
    public static final String DEFAULT_PARTS = "math/arithmetic,math/linear,logic/knights_knaves,algo/base_conversion,"
            + "graph/shortest_path,time/weekday,prob/dice";

    /** One part: a scenario and its weight. */
    public record Part(Scenario scenario, double weight) {
        public Part {
            Objects.requireNonNull(scenario, "scenario");
            if (!(weight > 0) || Double.isInfinite(weight)) throw new IllegalArgumentException("weight must be > 0, got " + weight);
        }
    }

    private final List<Part> parts;
    private final double[] cumulative;
    private final long seed;
    private final Rubric rubric;

    /** @param parts at least one, with distinct scenario names; @param seed draws which part each task comes from */
    public CompositeScenario(List<Part> parts, long seed) {
        this.parts = List.copyOf(parts);
        if (this.parts.isEmpty()) throw new IllegalArgumentException(NAME + ": at least one part is needed");
        Map<String, Scenario> byName = new HashMap<>();
        for (Part p : this.parts) {
            if (byName.put(p.scenario().name(), p.scenario()) != null) {
                throw new IllegalArgumentException(NAME + ": part " + p.scenario().name() + " is listed twice");
            }
        }
        this.cumulative = new double[this.parts.size()];
        double sum = 0;
        for (int k = 0; k < this.parts.size(); k++) cumulative[k] = sum += this.parts.get(k).weight();
        this.seed = seed;
        Reward byPart = (task, completion) -> {
            Scenario s = byName.get(task.scenario());
            if (s == null) return Score.notApplicable("task " + task.id() + " is from " + task.scenario() + ", not a part of this mixture");
            RewardResult r = s.rubric().evaluate(task, completion);
            return Score.of(r.total(), r.reason());
        };
        this.rubric = Rubric.of("correct", byPart).with("format", 0.0, new FormatReward());
    }

    /** Reads {@code of} (or {@link #DEFAULT_PARTS}) and makes each part from {@code registry}. */
    static CompositeScenario configure(ScenarioRegistry registry, ScenarioConfig config) {
        config.requireOnly(NAME, Set.of(OF));
        if (config.data() != null) throw new IllegalArgumentException(NAME + ": data is not used by a mixture, got " + config.data());
        String spec = config.options().getOrDefault(OF, DEFAULT_PARTS);
        var parts = new ArrayList<Part>();
        String[] items = spec.split(",");
        for (int k = 0; k < items.length; k++) {
            String item = items[k].strip();
            if (item.isEmpty()) throw new IllegalArgumentException(NAME + ": option " + OF + " has an empty part in '" + spec + "'");
            double weight = 1;
            int colon = item.lastIndexOf(':');
            if (colon >= 0) {
                try {
                    weight = Double.parseDouble(item.substring(colon + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(NAME + ": option " + OF + ": weight of '" + item + "' is not a number");
                }
                if (!(weight > 0) || Double.isInfinite(weight)) throw new IllegalArgumentException(NAME + ": option " + OF + ": weight of '" + item + "' must be > 0");
                item = item.substring(0, colon).strip();
            }
            int level = 1;
            int at = item.indexOf('@');
            if (at >= 0) {
                try {
                    level = Integer.parseInt(item.substring(at + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(NAME + ": option " + OF + ": level of '" + item + "' is not a whole number");
                }
                item = item.substring(0, at).strip();
            }
            if (item.equals(NAME)) throw new IllegalArgumentException(NAME + ": a mixture cannot contain itself");
            var partConfig = new ScenarioConfig(Seeds.mix(config.seed(), k + 1L), level, null, Map.of());
            Scenario s;
            try {
                s = registry.make(item, partConfig);
            } catch (IllegalArgumentException | UnknownScenarioException e) {
                throw new IllegalArgumentException(NAME + ": part '" + item + "': " + e.getMessage(), e);
            }
            if (s.size() != Long.MAX_VALUE) throw new IllegalArgumentException(NAME + ": part '" + item + "' is a finite dataset; only procedural scenarios mix");
            parts.add(new Part(s, weight));
        }
        return new CompositeScenario(parts, Seeds.mix(config.seed(), 0L));
    }

    /** The parts, in the order given. */
    public List<Part> parts() {
        return parts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    @Override
    public Task task(long index) {
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, got " + index);
        double u = new SplittableRandom(Seeds.mix(seed, index)).nextDouble() * cumulative[cumulative.length - 1];
        int k = 0;
        while (k < cumulative.length - 1 && u >= cumulative[k]) k++;
        return parts.get(k).scenario().task(index);
    }

    @Override
    public Rubric rubric() {
        return rubric;
    }

    @Override
    public String toString() {
        return NAME + parts.stream().map(p -> p.scenario().name() + ":" + p.weight()).toList();
    }
}
