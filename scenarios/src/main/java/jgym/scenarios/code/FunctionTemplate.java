package jgym.scenarios.code;

import java.util.SplittableRandom;

/**
 * A family of "write a function" problems: draws its parameters and test inputs from a generator and computes the
 * expected outputs in Java.
 */
public interface FunctionTemplate {
    /** The difficulty level, 1 (one pass over the input) to 3 (state, nesting or a classic algorithm). */
    int level();

    /** A problem with parameters and tests drawn from {@code rng} only. */
    FunctionProblem make(SplittableRandom rng);

    /** The template's name (its enum constant's name). */
    String name();
}
