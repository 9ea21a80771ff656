package jgym.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.Trial;
import jgym.env.code.RunnerConfig.Isolation;

/**
 * One sandbox worker JVM ({@link WorkerMain}) with a small heap, started with this JVM's own {@code java} binary and
 * classpath, and the host's end of its stdin/stdout protocol. A run whose worker does not answer by the program's wall
 * limit plus {@link #GRACE} is ended by killing the worker; a worker that dies (heap exhausted, killed) costs only the run
 * in flight. Not thread-safe: one run at a time.
 */
final class WorkerProcess implements AutoCloseable {
    /** Extra time the host waits past a program's wall limit before it kills the worker: 350 ms. */
    static final Duration GRACE = Duration.ofMillis(350);
    /** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}, should a user add that flag. */
    static final int OOM_EXIT_STATUS = 3;

    private static final String EOF = "\u0000eof";

    private final Process process;
    private final Writer toWorker;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder stderrTail = new StringBuilder();
    private final long heapBytes;
    private long nextId;
    private volatile boolean killed;

    private WorkerProcess(Process process, long heapBytes) {
        this.process = process;
        this.heapBytes = heapBytes;
        this.toWorker = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("jgym-worker-stdout", () -> pumpLines(process.getInputStream()));
        daemon("jgym-worker-stderr", () -> pumpTail(process.getErrorStream()));
    }

    /** Starts a worker and waits (up to {@code startTimeout}) until it reports ready. */
    static WorkerProcess start(Isolation isolation, long heapBytes, Duration startTimeout) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(isolation, heapBytes));
        WorkerProcess w = new WorkerProcess(pb.start(), heapBytes);
        try {
            String first = w.lines.poll(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null || !first.contains("\"ready\"")) {
                w.close();
                throw new IOException("sandbox worker did not become ready within " + startTimeout + " (" + w.stderrTail() + ")");
            }
        } catch (InterruptedException e) {
            w.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting a sandbox worker", e);
        }
        return w;
    }

    /** The worker's command line: same java binary, same classpath, small heap, exit on heap exhaustion. */
    static List<String> command(Isolation isolation, long heapBytes) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.add("-Xmx" + Math.max(64, heapBytes >> 20) + "m");
        cmd.add("-Xss8m");
        cmd.add("-XX:+UseSerialGC");
        // no -XX:+ExitOnOutOfMemoryError: GraalPy turns a failed allocation into a guest MemoryError and the worker lives
        // on; the memory guard stops steady growth before the heap is full, and the host kills a worker that stops answering
        cmd.add("-Dpolyglot.engine.WarnInterpreterOnly=false");
        cmd.add("-Dpolyglotimpl.AttachLibraryFailureAction=ignore");
        String cache = System.getProperty("polyglot.engine.userResourceCache");
        if (cache != null) cmd.add("-Dpolyglot.engine.userResourceCache=" + cache);
        if (Runtime.version().feature() >= 21) {
            cmd.add("--enable-native-access=ALL-UNNAMED");
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("jgym.sandbox.worker.classpath", System.getProperty("java.class.path")));
        cmd.add(WorkerMain.class.getName());
        cmd.add(isolation.name());
        return cmd;
    }

    /** True while the worker process runs. */
    boolean alive() {
        return !killed && process.isAlive();
    }

    /** Runs {@code program} in the worker; after a kill or a crash {@link #alive()} is false and the worker must be replaced. */
    Outcome run(Program program) {
        long id = ++nextId;
        long start = System.nanoTime();
        Duration wall = program.limits().wallTime();
        try {
            toWorker.write(WireFormat.request(id, program));
            toWorker.write('\n');
            toWorker.flush();
        } catch (IOException e) {
            return died(start, wall);
        }
        long deadline = start + wall.toNanos() + GRACE.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    kill();
                    if (stderrTail().contains("OutOfMemoryError")) return memory(start, "worker heap exhausted");
                    return new Outcome.TimedOut(wall, "", "", GraalRunner.since(start));
                }
                if (line == EOF) return died(start, wall);
                if (!line.startsWith("{")) continue; // the JVM's own words, e.g. "Terminating due to java.lang.OutOfMemoryError"
                JsonNode n = WireFormat.JSON.readTree(line);
                if (n.path("id").asLong(-1) == id) return WireFormat.outcome(n);
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            return new Outcome.Failed("SandboxError", "interrupted while waiting for the worker", "", "", "", GraalRunner.since(start));
        } catch (IOException | RuntimeException e) {
            kill();
            return new Outcome.Failed("SandboxError", "unreadable answer from the worker: " + e.getMessage(), "", "", "", GraalRunner.since(start));
        }
    }

    /**
     * Runs tests {@code first}.. of {@code trial} in the worker, storing each outcome in {@code out}; returns the index
     * of the first test left without an outcome (the length when all have one). A test that gets no answer within
     * twice the wall limit (a reload of the candidate and the test) plus {@link TrialRun#TRUSTED_GRACE} and
     * {@link #GRACE} kills the worker; it is then {@code TimedOut} and the caller goes on on another worker.
     */
    int trial(Trial trial, int first, Outcome[] out) {
        long id = ++nextId;
        Duration wall = trial.limits().wallTime();
        long start = System.nanoTime();
        try {
            toWorker.write(WireFormat.trialRequest(id, trial, first));
            toWorker.write('\n');
            toWorker.flush();
        } catch (IOException e) {
            out[first] = died(start, wall);
            return first + 1;
        }
        long perTest = wall.toNanos() * 2 + TrialRun.TRUSTED_GRACE.toNanos() + GRACE.toNanos();
        int next = first;
        long deadline = System.nanoTime() + perTest;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
                if (line == null) {
                    kill();
                    out[next] = stderrTail().contains("OutOfMemoryError") ? memory(start, "worker heap exhausted")
                            : new Outcome.TimedOut(wall, "", "", GraalRunner.since(start));
                    return next + 1;
                }
                if (line == EOF) {
                    out[next] = died(start, wall);
                    return next + 1;
                }
                if (!line.startsWith("{")) continue;
                JsonNode n = WireFormat.JSON.readTree(line);
                if (n.path("id").asLong(-1) != id) continue;
                if (n.path("done").asBoolean(false)) return out.length;
                int index = n.get("index").asInt();
                out[index] = WireFormat.outcome(n);
                next = index + 1;
                start = System.nanoTime();
                deadline = start + perTest;
            }
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
            out[next] = new Outcome.Failed("SandboxError", "interrupted while waiting for the worker", "", "", "", GraalRunner.since(start));
            return next + 1;
        } catch (IOException | RuntimeException e) {
            kill();
            out[next] = new Outcome.Failed("SandboxError", "unreadable answer from the worker", "", "", "", GraalRunner.since(start));
            return next + 1;
        }
    }

    private Outcome died(long start, Duration wall) {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        int status = process.isAlive() ? -1 : process.exitValue();
        if (status == OOM_EXIT_STATUS || stderrTail().contains("OutOfMemoryError")) return memory(start, "worker heap exhausted");
        // the worker's stderr holds host facts (paths, pids): it is kept for stderrTail(), not handed to the program's caller
        return new Outcome.Failed("WorkerDied", "sandbox worker exited with status " + status, "", "", "", GraalRunner.since(start));
    }

    private Outcome memory(long start, String why) {
        return new Outcome.LimitExceeded(Outcome.Resource.MEMORY, why + " (" + (heapBytes >> 20) + " MiB)", "", "", GraalRunner.since(start));
    }

    /** Kills the worker without waiting for it to be reaped: {@link #alive()} is false from now on. */
    private void kill() {
        killed = true;
        process.destroyForcibly();
    }

    /** The last few kilobytes the worker wrote to stderr. */
    String stderrTail() {
        synchronized (stderrTail) {
            return stderrTail.toString().strip();
        }
    }

    @Override
    public void close() {
        try {
            toWorker.close();
        } catch (IOException ignored) {
            // the worker is gone already
        }
        try {
            if (!process.waitFor(200, TimeUnit.MILLISECONDS)) kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    private void pumpLines(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("{")) appendTail(line + "\n");
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the stream closes when the worker dies; EOF below tells the waiting run
        }
        lines.add(EOF);
    }

    private void pumpTail(InputStream in) {
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                appendTail(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // worker gone
        }
    }

    private void appendTail(String text) {
        synchronized (stderrTail) {
            stderrTail.append(text);
            if (stderrTail.length() > 4096) stderrTail.delete(0, stderrTail.length() - 4096);
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }
}
