package jgym.env;

/**
 * The limits of one episode.
 *
 * @param maxTurns       how many actions the policy may take; 1 for a single-turn episode
 * @param maxActionChars longest action accepted in full; a longer one ends the episode as truncated
 */
public record Budget(int maxTurns, int maxActionChars) {
    public Budget {
        if (maxTurns < 1) throw new IllegalArgumentException("maxTurns must be >= 1, got " + maxTurns);
        if (maxActionChars < 1) throw new IllegalArgumentException("maxActionChars must be >= 1, got " + maxActionChars);
    }

    /** One turn, up to 1 MiB of text. */
    public static Budget singleTurn() {
        return new Budget(1, 1 << 20);
    }

    public static Budget turns(int maxTurns) {
        return new Budget(maxTurns, 1 << 20);
    }
}
