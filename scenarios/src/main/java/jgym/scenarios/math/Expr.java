package jgym.scenarios.math;

import java.util.Objects;

/**
 * An integer arithmetic expression tree: a number or a binary operation. Rendering adds only the parentheses the
 * reading order needs, and writes negative numbers inside an expression as {@code (-7)}.
 */
public sealed interface Expr permits Expr.Num, Expr.Bin {

    /** The exact value of the expression. */
    long value();

    /** A literal integer. */
    record Num(long value) implements Expr {
    }

    /**
     * {@code left op right} with its value computed once.
     *
     * @throws ArithmeticException if the value overflows a long or a division is inexact
     */
    record Bin(Op op, Expr left, Expr right, long value) implements Expr {
        public Bin {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            if (value != op.apply(left.value(), right.value())) {
                throw new IllegalArgumentException("value " + value + " does not match " + left + " " + op + " " + right);
            }
        }

        public Bin(Op op, Expr left, Expr right) {
            this(op, left, right, op.apply(left.value(), right.value()));
        }
    }

    static Expr num(long value) {
        return new Num(value);
    }

    static Expr of(Op op, Expr left, Expr right) {
        return new Bin(op, left, right);
    }

    /** The expression as text, e.g. {@code 12+3*(4-1)}; a negative number not in first place is bracketed, {@code 5*(-7)}. */
    default String render() {
        var sb = new StringBuilder(32);
        render(this, sb, true);
        return sb.toString();
    }

    private static void render(Expr e, StringBuilder sb, boolean leftmost) {
        if (e instanceof Num n) {
            if (n.value() < 0 && !leftmost) sb.append('(').append(n.value()).append(')');
            else sb.append(n.value());
            return;
        }
        Bin b = (Bin) e;
        if (b.left() instanceof Bin l && l.op().precedence() < b.op().precedence()) {
            sb.append('(');
            render(l, sb, true);
            sb.append(')');
        } else {
            render(b.left(), sb, leftmost);
        }
        sb.append(b.op().symbol());
        // A right operand of equal precedence is always bracketed, so the text reads in the tree's own order.
        if (b.right() instanceof Bin r && r.op().precedence() <= b.op().precedence()) {
            sb.append('(');
            render(r, sb, true);
            sb.append(')');
        } else {
            render(b.right(), sb, false);
        }
    }

    /**
     * One evaluation step: the leftmost operation whose operands are both numbers is replaced by its value. This is the
     * order a person follows (innermost brackets first, * and / before + and -, left to right).
     *
     * @return the reduced expression; a {@link Num} is returned unchanged
     */
    default Expr reduceOnce() {
        if (this instanceof Bin b) {
            if (b.left() instanceof Num && b.right() instanceof Num) return new Num(b.value());
            if (b.left() instanceof Bin) return new Bin(b.op(), b.left().reduceOnce(), b.right(), b.value());
            return new Bin(b.op(), b.left(), b.right().reduceOnce(), b.value());
        }
        return this;
    }
}
