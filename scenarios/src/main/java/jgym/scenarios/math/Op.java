package jgym.scenarios.math;

/** A binary arithmetic operator with its symbol and precedence; integer results, overflow raises ArithmeticException. */
public enum Op {
    ADD('+', 1),
    SUB('-', 1),
    MUL('*', 2),
    /** Exact integer division: callers only build divisions whose remainder is 0. */
    DIV('/', 2);

    private final char symbol;
    private final int precedence;

    Op(char symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** The character written between the operands. */
    public char symbol() {
        return symbol;
    }

    /** Binding strength: * and / (2) bind tighter than + and - (1). */
    public int precedence() {
        return precedence;
    }

    /** {@code a op b}; for {@link #DIV} the division must be exact. */
    public long apply(long a, long b) {
        return switch (this) {
            case ADD -> Math.addExact(a, b);
            case SUB -> Math.subtractExact(a, b);
            case MUL -> Math.multiplyExact(a, b);
            case DIV -> {
                if (b == 0 || a % b != 0) throw new ArithmeticException("inexact division " + a + "/" + b);
                yield a / b;
            }
        };
    }
}
