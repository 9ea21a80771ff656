package jgym.agents.sft;

/**
 * What one supervised step saw.
 *
 * @param step            the step's index, from 0
 * @param loss            mean negative log-likelihood per target token, in nats
 * @param tokens          target tokens trained on (EOS included when appended)
 * @param seconds         wall time of the step (tokenising, forward, backward, optimiser)
 * @param tokensPerSecond target tokens per second of the step
 */
public record SftMetrics(long step, double loss, long tokens, double seconds, double tokensPerSecond) {
    public SftMetrics {
        if (step < 0) throw new IllegalArgumentException("step must be >= 0, got " + step);
    }
}
