package jgym.agents.metrics;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A one-line console progress bar for a training phase: steps done of total, reward, accuracy, tokens/s and ETA.
 *
 * <p>On a terminal the line is redrawn in place with {@code \r}; when the output is not a terminal or {@code CI=true}
 * (logs, pipes, CI) it prints a plain line every {@code plainEvery} steps and at the last one instead, so logs stay
 * readable. Not thread-safe: one trainer loop updates it.
 */
public final class ProgressBar {
    /** How the bar is drawn. */
    public enum Mode {
        /** Redrawn in place with a carriage return (a terminal). */
        INTERACTIVE,
        /** Printed as separate lines (a log file, a pipe, CI). */
        PLAIN
    }

    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final String label;
    private final int total;
    private final Mode mode;
    private final int plainEvery;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private int lastLength;
    private boolean finished;

    /**
     * @param label      the phase shown before the bar, e.g. {@code "grpo"}
     * @param total      the number of steps of the phase, >= 1
     * @param plainEvery in {@link Mode#PLAIN}, print every this many steps (>= 1)
     * @param nanoClock  a monotonic clock in nanoseconds ({@code System::nanoTime}), used for the ETA
     */
    public ProgressBar(PrintStream out, String label, int total, Mode mode, int plainEvery, LongSupplier nanoClock) {
        this.out = Objects.requireNonNull(out, "out");
        this.label = Objects.requireNonNull(label, "label");
        if (total < 1) throw new IllegalArgumentException("total must be >= 1, got " + total);
        if (plainEvery < 1) throw new IllegalArgumentException("plainEvery must be >= 1, got " + plainEvery);
        this.total = total;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.plainEvery = plainEvery;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.startNanos = nanoClock.getAsLong();
    }

    /** A bar on {@code System.out} in the mode {@link #detectMode()} picks, printing every tenth of the run when plain. */
    public static ProgressBar console(String label, int total) {
        return new ProgressBar(System.out, label, total, detectMode(), Math.max(1, total / 10), System::nanoTime);
    }

    /** {@link Mode#INTERACTIVE} when a console is attached and the environment variable {@code CI} is not {@code true}. */
    public static Mode detectMode() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        return System.console() != null && !ci ? Mode.INTERACTIVE : Mode.PLAIN;
    }

    /**
     * Shows that {@code done} of the total steps are finished, with the last step's figures.
     *
     * @param reward          mean reward of the step
     * @param accuracy        share of correct completions of the step, in [0, 1]
     * @param tokensPerSecond generated plus trained tokens per wall-clock second
     */
    public void update(int done, double reward, double accuracy, double tokensPerSecond) {
        String figures = String.format(Locale.ROOT, "reward %.3f acc %.1f%%", reward, 100 * accuracy);
        show(done, figures, tokensPerSecond);
    }

    /** Shows that {@code done} of the total steps are finished, for a supervised phase: the step's loss in nats. */
    public void updateLoss(int done, double loss, double tokensPerSecond) {
        show(done, String.format(Locale.ROOT, "loss %.4f", loss), tokensPerSecond);
    }

    private void show(int done, String figures, double tokensPerSecond) {
        if (done < 0 || done > total) throw new IllegalArgumentException("done must be in [0, " + total + "], got " + done);
        double elapsed = (nanoClock.getAsLong() - startNanos) / 1e9;
        double eta = done == 0 ? Double.NaN : elapsed / done * (total - done);
        String line = line(label, done, total, figures, tokensPerSecond, eta);
        if (mode == Mode.INTERACTIVE) {
            int pad = Math.max(0, lastLength - line.length());
            out.print("\r" + line + " ".repeat(pad));
            lastLength = line.length();
            if (done == total) finish();
        } else if (done % plainEvery == 0 || done == total) {
            out.println(line);
        }
        out.flush();
    }

    /** Ends the bar's line (in interactive mode); later output starts on a fresh line. Idempotent. */
    public void finish() {
        if (mode == Mode.INTERACTIVE && !finished && lastLength > 0) out.println();
        finished = true;
    }

    /**
     * The text of one bar, e.g. {@code grpo [######------]  6/12 reward 0.500 acc 50.0% 1234 tok/s ETA 0:12}.
     *
     * @param etaSeconds seconds left, or NaN when unknown (shown as {@code ?})
     */
    public static String format(String label, int done, int total, double reward, double accuracy,
                                double tokensPerSecond, double etaSeconds) {
        return line(label, done, total, String.format(Locale.ROOT, "reward %.3f acc %.1f%%", reward, 100 * accuracy),
                tokensPerSecond, etaSeconds);
    }

    private static String line(String label, int done, int total, String figures, double tokensPerSecond, double etaSeconds) {
        int filled = (int) Math.round((double) BAR_WIDTH * done / total);
        String digits = Integer.toString(total);
        return String.format(Locale.ROOT, "%s [%s%s] %" + digits.length() + "d/%s %s %.0f tok/s ETA %s",
                label, "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), done, digits, figures, tokensPerSecond,
                clock(etaSeconds));
    }

    /** {@code m:ss} (or {@code h:mm:ss} from an hour), {@code ?} for NaN or infinity. */
    static String clock(double seconds) {
        if (!Double.isFinite(seconds)) return "?";
        long s = Math.round(Math.max(0, seconds));
        if (s >= 3600) return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
