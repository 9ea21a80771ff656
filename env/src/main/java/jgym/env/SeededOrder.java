package jgym.env;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A dataset scenario whose rows come in an order the seed chooses: {@code task(i)} is row {@code order[i]} of the
 * dataset, a permutation drawn from {@code seed} (Fisher-Yates). Tasks keep their row's id, so scoring finds a task
 * whatever seed drew it. {@link ScenarioRegistry#make} applies it to every dataset made with a seed other than
 * {@link Seeds#DEFAULT}; at the default seed a dataset keeps its file's order.
 */
final class SeededOrder implements Scenario {
    private final Scenario rows;
    private final int[] order;

    SeededOrder(Scenario rows, long seed) {
        this.rows = Objects.requireNonNull(rows, "rows");
        int n = Math.toIntExact(rows.size());
        order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        var rng = new SplittableRandom(Seeds.mix(seed, n));
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    @Override
    public String name() {
        return rows.name();
    }

    @Override
    public long size() {
        return order.length;
    }

    @Override
    public Task task(long index) {
        if (index < 0 || index >= order.length) {
            throw new IllegalArgumentException("index must be in [0, " + order.length + "), got " + index);
        }
        return rows.task(order[(int) index]);
    }

    @Override
    public Rubric rubric() {
        return rows.rubric();
    }

    @Override
    public String toString() {
        return rows + " in seeded order";
    }
}
