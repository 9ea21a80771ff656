package jgym.cli;

import java.util.List;
import java.util.Set;

/**
 * The arguments a command or benchmark takes, declared once: what {@link Args} parses (through picocli), and what
 * {@code gym completion}'s shell script completes.
 *
 * @param valued        options that take a value, with their dashes (e.g. {@code "-n"}, {@code "--seed"}); repeatable
 * @param flags         options that take none
 * @param maxPositional how many positional arguments are accepted
 */
record Options(Set<String> valued, Set<String> flags, int maxPositional) {
    Options {
        valued = Set.copyOf(valued);
        flags = Set.copyOf(flags);
        if (maxPositional < 0) throw new IllegalArgumentException("maxPositional must be >= 0, got " + maxPositional);
    }

    /** Parses {@code args} against these options. */
    Args parse(List<String> args) {
        return Args.parse(args, valued, flags).atMostPositional(maxPositional);
    }
}
