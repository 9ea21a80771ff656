package jgym.env;

/**
 * Seed arithmetic shared by every random choice in the gym.
 *
 * <p>Per-item seeds are derived by mixing, never by addition: with {@code seed + index}, seed 43 item 0 would equal
 * seed 42 item 1. {@link #mix(long, long)} runs both inputs through SplitMix64's finaliser so that neighbouring seeds
 * and neighbouring indices give unrelated streams.
 */
public final class Seeds {
    private Seeds() {}

    /** The default seed used when a user gives none. */
    public static final long DEFAULT = 42L;

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a bijection on 64-bit values with good avalanche. */
    public static long scramble(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A seed for item {@code index} of the stream seeded by {@code seed}; distinct (seed, index) pairs do not collide in practice. */
    public static long mix(long seed, long index) {
        return scramble(scramble(seed) + 0x9e3779b97f4a7c15L * (index + 1));
    }
}
