package jgym.scenarios.code;

import java.util.List;
import java.util.Objects;

/**
 * One generated "write a function" problem: what to write, a reference that does it, and test cases whose expected
 * values were computed in Java from the specification (not by running the reference).
 *
 * @param template    the template that made it (its enum constant's name), never null
 * @param name        the Python function name, e.g. {@code count_greater}
 * @param params      the parameter list as written in the signature, e.g. {@code xs}
 * @param description what the function returns, as a clause after "that", e.g. {@code returns the sum of xs}
 * @param plan        one or two sentences on how to compute it (the oracle reasoning), never null
 * @param reference   a Python solution that passes every case, never null
 * @param cases       the hidden tests: argument lists and expected values as Python literals; at least two
 */
public record FunctionProblem(String template, String name, String params, String description, String plan,
                              String reference, List<Case> cases) {

    /**
     * One test case.
     *
     * @param args     the call's arguments as Python source, e.g. {@code [1, 2], 3}
     * @param expected the expected value as a Python literal
     */
    public record Case(String args, String expected) {
        public Case {
            Objects.requireNonNull(args, "args");
            Objects.requireNonNull(expected, "expected");
        }
    }

    public FunctionProblem {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(reference, "reference");
        cases = List.copyOf(cases);
        if (!name.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("name must be a snake_case Python name, got '" + name + "'");
        if (cases.size() < 2) throw new IllegalArgumentException("cases must hold at least 2 tests, got " + cases.size());
    }

    /** The signature, e.g. {@code count_greater(xs)}. */
    public String signature() {
        return name + "(" + params + ")";
    }

    /** Case {@code i} as an assert statement: {@code assert count_greater([1, 9]) == 1}. */
    public String test(int i) {
        Case c = cases.get(i);
        return "assert " + name + "(" + c.args() + ") == " + c.expected();
    }

    /** Every case as an assert statement, in order. */
    public List<String> tests() {
        return java.util.stream.IntStream.range(0, cases.size()).mapToObj(this::test).toList();
    }
}
