package jgym.scenarios.math;

import java.util.Set;
import java.util.SplittableRandom;
import jgym.env.ScenarioConfig;

/**
 * Primes: is n prime (level 1, yes or no, trial division in the trace), how many primes are at most n (level 2, a
 * sieve), the prime factors of n with repetition (level 3, written like {@code 2, 2, 2, 3, 5}: a product such as
 * {@code 2^3 * 3 * 5} would be read as its value, which is n itself).
 */
public final class Primes implements Family {
    /** Number of difficulty levels. */
    public static final int LEVELS = 3;
    /** The option keys {@code configure} accepts. */
    public static final Set<String> OPTIONS = Set.of("max");

    /** @param kind 1 primality, 2 counting, 3 factorisation; @param max n in [2, max], in [10, 100,000] */
    public record Config(int kind, int max) {
        public Config {
            Options.range("kind", kind, 1, 3);
            Options.range("max", max, 10, 100_000);
        }
    }

    /** Level 1: is n prime, n up to 1,000; 2: primes up to n, n up to 200; 3: factorise n up to 10,000. */
    public static Config preset(int level) {
        Options.level(level, LEVELS);
        return switch (level) {
            case 1 -> new Config(1, 1000);
            case 2 -> new Config(2, 200);
            default -> new Config(3, 10_000);
        };
    }

    /** The preset of {@code config.level()} with option {@code max}. */
    public static Primes configure(String scenario, ScenarioConfig config) {
        config.requireOnly(scenario, OPTIONS);
        Config p = preset(config.level());
        return new Primes(new Config(p.kind(), config.intOption("max", p.max(), 10, 100_000)));
    }

    private final Config config;

    public Primes(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public Problem generate(SplittableRandom rng) {
        int n = 2 + rng.nextInt(config.max() - 1);
        var trace = new StringBuilder();
        switch (config.kind()) {
            case 1 -> {
                int divisor = 0;
                for (int d = 2; (long) d * d <= n; d++) {
                    trace.append(n).append(" / ").append(d).append(n % d == 0 ? " divides\n" : " leaves " + n % d + "\n");
                    if (n % d == 0) {
                        divisor = d;
                        break;
                    }
                }
                String answer = divisor == 0 ? "yes" : "no";
                trace.append(divisor == 0 ? "no divisor up to sqrt(" + n + "): prime, yes" : divisor + " divides " + n + ": not prime, no");
                return Problem.answer("Is " + n + " a prime number? Answer yes or no.", answer, trace.toString());
            }
            case 2 -> {
                boolean[] composite = new boolean[n + 1];
                int count = 0;
                for (int p = 2; p <= n; p++) {
                    if (composite[p]) continue;
                    count++;
                    trace.append(p).append(count % 10 == 0 ? "\n" : " ");
                    for (long q = (long) p * p; q <= n; q += p) composite[(int) q] = true;
                }
                trace.append("\n").append(count).append(" primes");
                return Problem.answer("How many prime numbers are less than or equal to " + n + "? Answer with a number.", Integer.toString(count), trace.toString());
            }
            default -> {
                var factors = new StringBuilder();
                int left = n;
                for (int p = 2; (long) p * p <= left; p++) {
                    int e = 0;
                    while (left % p == 0) {
                        left /= p;
                        e++;
                        trace.append("divide by ").append(p).append(": ").append(left).append('\n');
                    }
                    for (int k = 0; k < e; k++) factors.append(factors.length() == 0 ? "" : ", ").append(p);
                }
                if (left > 1) {
                    factors.append(factors.length() == 0 ? "" : ", ").append(left);
                    trace.append(left).append(" is prime\n");
                }
                trace.append("prime factors of ").append(n).append(": ").append(factors);
                return Problem.answer("List the prime factors of " + n + " with repetition, in increasing order, separated by commas"
                        + " (for 120: 2, 2, 2, 3, 5).",
                        factors.toString(), trace.toString());
            }
        }
    }
}
