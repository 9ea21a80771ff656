package jgym.rewards.symbolic;

import java.util.List;
import java.util.Objects;

/**
 * The shape of a final answer as {@link FormReader} reads it from LaTeX, before any algebra: a single expression, a
 * relation, an interval or a union of them, a tuple, a set, a bare list, a matrix, or text. {@link Equivalence} compares
 * shapes first and hands only the expressions inside them to the computer algebra system.
 */
public sealed interface Form {

    /** One mathematical expression in LaTeX, e.g. {@code \frac{\sqrt 2}{2}}, {@code 3+4i}, {@code 50\%}. */
    record Expression(String latex) implements Form {
        public Expression {
            Objects.requireNonNull(latex, "latex");
        }

        /** Whether this is a lone variable name such as {@code x} or {@code y_1}: the left side of {@code x = 5}. */
        public boolean isVariable() {
            String s = latex.strip();
            if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.length() > 4) return false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '_')) return false;
            }
            return s.length() == 1 || s.charAt(1) == '_';
        }

        /**
         * Whether this names a quantity rather than computing one: a variable, a function value {@code f(x)}, a length
         * {@code |AB|}, a product or ratio of names ({@code AB}, {@code V_1:V_2}, {@code \frac{NO}{BO}}). Only a name
         * on the left makes {@code name = value} a statement of the value: in {@code 2x + z = 1} the 1 is no answer.
         */
        public boolean isName() {
            return Names.isName(latex);
        }
    }

    /** The relations an answer may state. */
    enum Op {
        /** APPROX ({@code \approx}) is read only inside {@link FormReader}: a chain drops it, {@code x \approx 11} is {@code x = 11}. */
        EQ, NE, LT, LE, GT, GE, IN, APPROX;

        /** The relation with its sides swapped: {@code a < b} is {@code b > a}. */
        Op flipped() {
            return switch (this) {
                case LT -> GT;
                case LE -> GE;
                case GT -> LT;
                case GE -> LE;
                default -> this;
            };
        }
    }

    /** {@code lhs op rhs}, e.g. {@code x = 5}, {@code x \geq 5}, {@code x \in [1, 2]}. */
    record Relation(Form lhs, Op op, Form rhs) implements Form {
        public Relation {
            Objects.requireNonNull(lhs, "lhs");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(rhs, "rhs");
        }
    }

    /** An interval of the real line; an unbounded end is the expression {@code \infty} or {@code -\infty}. */
    record Interval(Expression low, boolean lowClosed, Expression high, boolean highClosed) implements Form {
        public Interval {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }
    }

    /**
     * {@code a \pm b}: the two values it writes ({@code \pm} as + then -, a {@code \mp} in the same expression the
     * other way), compared as a set of two and counted as two items inside a set or list.
     */
    record Either(List<Expression> values) implements Form {
        public Either {
            values = List.copyOf(values);
            if (values.size() != 2) throw new IllegalArgumentException("values must be two, got " + values.size());
        }
    }

    /** {@code A \cup B \cup ...}: intervals or sets joined; compared without regard to order. */
    record Union(List<Form> parts) implements Form {
        public Union {
            parts = List.copyOf(parts);
        }
    }

    /**
     * {@code (a, b, ...)} or {@code [a, b, c]} with three or more elements: an ordered tuple. {@code (a, b)} is read as a
     * tuple too, and as the open interval when compared with an interval.
     */
    record Tuple(List<Form> items) implements Form {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** {@code \{a, b, ...\}}: a set, compared without regard to order. */
    record SetOf(List<Form> items) implements Form {
        public SetOf {
            items = List.copyOf(items);
        }
    }

    /** {@code a, b, ...} with no brackets, such as all the solutions of an equation: compared without regard to order. */
    record Listing(List<Form> items) implements Form {
        public Listing {
            items = List.copyOf(items);
        }
    }

    /** A matrix or vector written with {@code pmatrix}, {@code bmatrix} or {@code matrix}: rows of expressions. */
    record Matrix(List<List<Expression>> rows) implements Form {
        public Matrix {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Words, e.g. {@code \text{Evelyn}} or {@code \text{(B)}}: compared in lower case without spaces. */
    record Text(String normalised) implements Form {
        public Text {
            Objects.requireNonNull(normalised, "normalised");
        }
    }

    /** Not a readable answer, with the reason. */
    record Malformed(String reason) implements Form {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
