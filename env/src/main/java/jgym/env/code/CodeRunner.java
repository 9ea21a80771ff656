package jgym.env.code;

/**
 * Runs programs under limits. Implementations are thread-safe; each run is isolated from every other (no state from
 * one program is visible to the next).
 */
public interface CodeRunner extends AutoCloseable {
    /** Runs {@code program} to one of its outcomes; never throws for anything the program does. */
    Outcome run(Program program);

    /** Releases engines, worker processes and threads. */
    @Override
    void close();
}
