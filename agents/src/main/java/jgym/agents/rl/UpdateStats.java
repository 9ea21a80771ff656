package jgym.agents.rl;

/**
 * What the optimiser passes of one step saw, averaged over their minibatches. Fields that an algorithm does not
 * have are null (e.g. {@code valueLoss} without a critic, {@code kl} without a reference policy).
 *
 * @param loss         the total loss that was differentiated
 * @param pgLoss       the policy-gradient part of the loss
 * @param valueLoss    the value-function part before its coefficient; null without a critic
 * @param kl           mean per-token KL estimate to the reference policy over unmasked tokens, in nats; null without one
 * @param approxKl     mean of {@code (ratio - 1) - log ratio} (k3 from the sampling policy to the current one) over
 *                     unmasked tokens; null for a single on-policy pass with no ratio
 * @param clipFracLow  share of unmasked tokens where the lower clip was active ({@code ratio < 1 - eps_low}, A < 0);
 *                     null without a clipped ratio
 * @param clipFracHigh share of unmasked tokens where the upper clip was active ({@code ratio > 1 + eps_high}, A > 0);
 *                     null without a clipped ratio
 * @param entropy      mean next-token entropy over unmasked tokens, in nats
 */
public record UpdateStats(double loss, double pgLoss, Double valueLoss, Double kl, Double approxKl, Double clipFracLow,
                          Double clipFracHigh, double entropy) {}
