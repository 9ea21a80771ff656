package jgym.sandbox;

import jgym.env.code.Outcome;
import jgym.env.code.Program;

/** Recycled Python contexts (placeholder until restoration lands: runs each program in a fresh context). */
final class PythonPool {
    Outcome run(Program program) {
        return GraalRunner.runFresh(program);
    }

    void close() {}
}
