package jgym.env.code;

import java.util.List;

/**
 * Runs programs under limits. Implementations are thread-safe; each run is isolated from every other (no state from
 * one program is visible to the next).
 */
public interface CodeRunner extends AutoCloseable {
    /** Runs {@code program} to one of its outcomes; never throws for anything the program does. */
    Outcome run(Program program);

    /**
     * Runs every test of {@code trial} against its solution, the tests in a context the solution cannot reach (see
     * {@link Trial}). Returns one outcome per test, in order: {@link Outcome.Completed} when the test ran to its end; the
     * candidate's own failure, stop or denial when a call into it ended so; {@link Outcome.Failed} with the test's error
     * (an {@code AssertionError}, or a {@code TypeError} for a result that is not plain data) otherwise. Never throws for
     * anything the solution does.
     */
    List<Outcome> trial(Trial trial);

    /** Releases engines, worker processes and threads. */
    @Override
    void close();
}
