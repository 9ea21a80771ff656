package jgym.sandbox;

/** Why the watchdog stopped a run. */
enum StopReason {
    /** The wall-clock limit passed. */
    WALL,
    /** The CPU-time limit was spent. */
    CPU,
    /** The output budget was spent. */
    OUTPUT,
    /** Live heap after a full collection passed the run's memory budget (worker processes only). */
    MEMORY
}
