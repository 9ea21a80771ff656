package jgym.env.code;

import java.util.List;
import java.util.Objects;

/**
 * A candidate program checked by trusted tests that the candidate cannot reach.
 *
 * <p>The candidate ({@code solution}, after {@code setup}) runs in a context of its own that no other program has used.
 * Each test runs in a separate, trusted context that holds {@code setup} again, the test's expected values and every
 * comparison. In that context the {@code entryPoint}, and every other name a test calls that trusted code does not
 * define, is a stand-in that sends its arguments to the candidate's function and brings back its result. Only plain data
 * crosses in either direction (None, bools, numbers, strings, bytes, and lists, tuples, dicts, sets and frozensets of
 * them, of bounded size); any other value is a failure with its reason, never a comparison.
 *
 * @param language   the language of the solution, the setup and the tests
 * @param setup      trusted code run before the solution in the candidate's context and before the tests in the trusted
 *                   one (dataset helpers, a HumanEval prompt); may be empty
 * @param solution   the candidate's program
 * @param tests      trusted test statements, each run on its own; a test passes when it runs to its end
 * @param entryPoint the function the tests call, a name of the language; or empty when unknown (then only the names
 *                   the candidate defines and trusted code does not are offered to the tests)
 * @param limits     the limits of loading the solution and of each test (its calls into the candidate included)
 * @param sharedClasses classes the tests build objects of from the solution (taken from the reference solution, never
 *                   from the candidate, e.g. MBPP 601's {@code Pair}): such objects cannot cross as plain data, so a test
 *                   that uses one runs as one program with the candidate in a fresh context. A class the candidate defines
 *                   under any other name the tests call is offered to them like a function, and whatever it returns must
 *                   be plain data
 */
public record Trial(Language language, String setup, String solution, List<String> tests, String entryPoint, Limits limits,
        List<String> sharedClasses) {
    public Trial {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(solution, "solution");
        tests = List.copyOf(tests);
        Objects.requireNonNull(entryPoint, "entryPoint");
        Objects.requireNonNull(limits, "limits");
        sharedClasses = List.copyOf(sharedClasses);
        for (String c : sharedClasses) {
            if (!c.matches("[A-Za-z_$][A-Za-z0-9_$]*")) throw new IllegalArgumentException("sharedClasses holds a non-name '" + c + "'");
        }
        if (tests.isEmpty()) throw new IllegalArgumentException("tests must not be empty");
        if (!entryPoint.isEmpty() && !entryPoint.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("entryPoint must be a name, got '" + entryPoint + "'");
        }
    }

    /** A trial whose tests build no objects of the solution's classes. */
    public Trial(Language language, String setup, String solution, List<String> tests, String entryPoint, Limits limits) {
        this(language, setup, solution, tests, entryPoint, limits, List.of());
    }
}
