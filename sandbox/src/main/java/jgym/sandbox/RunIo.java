package jgym.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams of one run: stdin bytes, and stdout and stderr kept up to one shared byte budget. Once the
 * budget is spent further bytes are dropped and {@link #overflowed()} turns true; the watchdog then stops the run.
 */
final class RunIo {
    private final byte[] stdin;
    private final int maxOutputBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int kept;
    private volatile boolean overflowed;
    private int stdinPos;

    RunIo(String stdin, int maxOutputBytes) {
        if (maxOutputBytes < 1) throw new IllegalArgumentException("maxOutputBytes must be >= 1, got " + maxOutputBytes);
        this.stdin = stdin.getBytes(StandardCharsets.UTF_8);
        this.maxOutputBytes = maxOutputBytes;
    }

    /** Appends to stdout ({@code toErr} false) or stderr, dropping what exceeds the budget. */
    synchronized void write(boolean toErr, byte[] b, int off, int len) {
        int room = maxOutputBytes - kept;
        int n = Math.min(room, len);
        if (n > 0) {
            (toErr ? err : out).write(b, off, n);
            kept += n;
        }
        if (len > n) overflowed = true;
    }

    /** Reads up to {@code len} stdin bytes; -1 at the end. */
    synchronized int read(byte[] b, int off, int len) {
        if (stdinPos >= stdin.length) return -1;
        int n = Math.min(len, stdin.length - stdinPos);
        System.arraycopy(stdin, stdinPos, b, off, n);
        stdinPos += n;
        return n;
    }

    /** True once the program tried to write more than the budget. */
    boolean overflowed() {
        return overflowed;
    }

    synchronized String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
