package jgym.sandbox;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The stdin, stdout and stderr a polyglot context is built with; they forward to the {@link RunIo} of whichever run
 * currently holds the context, so that a pooled context can serve many runs. Writes with no run attached are dropped.
 */
final class GuestStreams {
    private volatile RunIo current;

    final OutputStream out = new Forward(false);
    final OutputStream err = new Forward(true);
    final InputStream in = new InputStream() {
        @Override
        public int read() {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            RunIo io = current;
            return io == null ? -1 : io.read(b, off, len);
        }
    };

    /** Attaches {@code io} (or detaches with null). */
    void attach(RunIo io) {
        current = io;
    }

    private final class Forward extends OutputStream {
        private final boolean toErr;

        Forward(boolean toErr) {
            this.toErr = toErr;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            RunIo io = current;
            if (io != null) io.write(toErr, b, off, len);
        }
    }
}
