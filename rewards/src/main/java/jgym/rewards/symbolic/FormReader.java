package jgym.rewards.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jgym.rewards.AnswerWords;
import jgym.rewards.MathText;

/**
 * Reads the shape of a LaTeX answer ({@link Form}) without algebra: brackets, commas, relations, {@code \cup},
 * {@code \{ \}}, matrices and text, each split only at the top level (outside every bracket and brace).
 *
 * <p>The grammar, in the order the reader tries it on a cleaned answer (presentation such as {@code $}, {@code \left},
 * spacing and {@code \displaystyle} removed; {@code \dfrac}, {@code \tfrac} and {@code \cfrac} read as {@code \frac}):
 * <pre>
 *   answer   := text | union | relation | listing | bracketed | set | matrix | expression
 *   text     := \text{words} | words            (letters only, two or more: "Evelyn", "odd")
 *   union    := part (\cup part)+
 *   relation := side op side | side op x op side   (op: = \ne &lt; \le &gt; \ge \in; a chain is an interval)
 *   listing  := answer (, answer)+              (unless the commas are thousands separators: 1,234,567)
 *   bracketed:= ( a , b ) tuple or open interval | [a, b) (a, b] [a, b] intervals | (a, b, c...) tuple
 *   set      := \{ answer (, answer)* \} | \emptyset
 *   matrix   := \begin{pmatrix|bmatrix|matrix} rows \end{...}
 * </pre>
 * Currency before a number, units written as words after it ({@code 125\text{ miles}}, {@code 5 cm}) and degree marks
 * are removed from expressions; a percent sign stays for {@link Equivalence} to read.
 */
public final class FormReader {
    private final AnswerWords words;

    private FormReader(AnswerWords words) {
        this.words = words;
    }

    /** The longest answer read, in characters, as {@link jgym.rewards.MathAnswer#MAX_LENGTH}. */
    public static final int MAX_LENGTH = 1000;
    /** Deepest nesting of brackets read: deeper answers are malformed (bounds the recursion on hostile input). */
    static final int MAX_DEPTH = 24;

    private static final Pattern THOUSANDS = Pattern.compile("-?[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");
    /** {@code 11,\! 111} and {@code 14{, }916}: a comma kept from spacing is a thousands separator, not a list. */
    private static final Pattern SEPARATOR_GAP = Pattern.compile("(?<=\\d)(?:,\\\\!\\s*|\\{,\\s*\\})(?=\\d{3}(?!\\d))");
    private static final Pattern PLUS_MINUS = Pattern.compile("\\\\pm(?![A-Za-z])|\u00B1");
    private static final Pattern MINUS_PLUS = Pattern.compile("\\\\mp(?![A-Za-z])|\u2213");
    /** Words joining the items of an answer ({@code 6 \\text{ and } 8}, {@code (11,7) or (7,11)}): a list separator. */
    private static final Pattern CONNECTIVE = Pattern.compile("\\s*,?\\s*(?:\\\\text\\{\\s*(?:and|or)\\s*\\}|(?<![A-Za-z\\\\])(?:and|or)(?![A-Za-z]))\\s*,?\\s*");
    private static final Pattern PERCENT_WORD = Pattern.compile("(?<=\\d)\\s*(?:percentage|percent|pct)(?![A-Za-z])");
    private static final Pattern LINE_BREAK_COMMAND = Pattern.compile("\\\\\\\\(?=(?:le|ge|leq|geq|lt|gt|ne|neq|in)(?![A-Za-z]))");
    private static final Pattern INNER_DOLLAR = Pattern.compile("(?<!\\\\)\\$");
    private static final Pattern ESCAPED_SPACE = Pattern.compile("(?<!\\\\)\\\\ ");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z' \\-]*[A-Za-z]");
    private static final Pattern UNIT_WORD = Pattern.compile("([A-Za-z]+)\\.?(?:\\^?[23])?(?:/([A-Za-z]+)\\.?)?");
    private static final java.util.Set<String> MATH_WORDS = java.util.Set.of("pi", "infty", "inf", "sqrt", "frac", "cdot",
            "times", "sin", "cos", "tan", "log", "ln", "exp");

    /** Reads {@code raw} (never null) with the stated units only ({@link AnswerWords#UNITS}). */
    public static Form read(String raw) {
        return read(raw, AnswerWords.UNITS);
    }

    /** Reads {@code raw} (never null); {@code words} says which words after a value are its unit. */
    public static Form read(String raw, AnswerWords words) {
        if (raw.length() > MAX_LENGTH) return new Form.Malformed("answer longer than " + MAX_LENGTH + " characters (" + raw.length() + ")");
        String s = clean(MathText.canonical(raw));
        if (s.isEmpty()) return new Form.Malformed("empty answer");
        if (!bracesBalance(s)) return new Form.Malformed("unbalanced braces in '" + abbreviate(raw) + "'");
        return new FormReader(words).form(s, 0);
    }

    private Form form(String s, int depth) {
        if (depth > MAX_DEPTH) return new Form.Malformed("brackets nested deeper than " + MAX_DEPTH);
        s = s.strip();
        while (s.endsWith(".")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty()) return new Form.Malformed("an empty part");
        String unwrapped = wrapped(s, "\\text", "\\textnormal", "\\textbf", "\\mathrm", "\\mathbf", "\\mbox", "\\boxed");
        if (unwrapped != null) {
            if (isWords(unwrapped.strip()) || !containsMath(unwrapped)) return text(unwrapped);
            return form(unwrapped, depth + 1);
        }
        if (isWords(s)) return text(s);

        List<String> union = Scan.split(s, "\\cup");
        if (union.size() > 1) {
            var parts = new ArrayList<Form>();
            for (String p : union) parts.add(form(p, depth + 1));
            return new Form.Union(parts);
        }
        s = MathText.decimalComma(s);
        if (!THOUSANDS.matcher(s).matches()) {
            List<String> items = Scan.split(s, ",");
            if (items.size() > 1) return new Form.Listing(flat(forms(items, depth)));
        }
        Form relation = relation(s, depth);
        if (relation != null) return relation;
        if (s.equals("\\emptyset") || s.equals("\\varnothing") || s.equals("\u2205") || s.equals("\\{\\}")) return new Form.SetOf(List.of());
        if (s.startsWith("\\{") && s.endsWith("\\}") && Scan.closing(s, 0) == s.length() - 2) {
            return new Form.SetOf(flat(forms(Scan.split(s.substring(2, s.length() - 2), ","), depth)));
        }
        if (s.charAt(0) == '{' && Scan.closingBrace(s, 0) == s.length() - 1) {
            // {1, 2, 3}: braces that group a list are a set as it is commonly (if loosely) written.
            List<String> items = Scan.split(s.substring(1, s.length() - 1), ",");
            if (items.size() > 1) return new Form.SetOf(flat(forms(items, depth)));
        }
        if ((s.charAt(0) == '(' || s.charAt(0) == '[') && Scan.closing(s, 0) == s.length() - 1) {
            return bracketed(s, depth);
        }
        Form matrix = Matrices.read(s);
        if (matrix != null) return matrix;
        return expression(s);
    }

    private List<Form> forms(List<String> parts, int depth) {
        var out = new ArrayList<Form>(parts.size());
        for (String p : parts) out.add(form(p, depth + 1));
        return out;
    }

    /** {@code forms} with each {@code a \pm b} counted as its two values: {@code \{1 \pm \sqrt 5, -2\}} has three. */
    private static List<Form> flat(List<Form> forms) {
        var out = new ArrayList<Form>(forms.size());
        for (Form f : forms) {
            if (f instanceof Form.Either e) out.addAll(e.values());
            else out.add(f);
        }
        return out;
    }

    /** {@code (a, b)}, {@code [a, b)}, ... or a parenthesised answer. */
    private Form bracketed(String s, int depth) {
        char open = s.charAt(0);
        char close = s.charAt(s.length() - 1);
        List<String> items = Scan.split(s.substring(1, s.length() - 1), ",");
        if (items.size() == 1) {
            if (open == '(' && close == ')' || open == '[' && close == ']') return form(items.get(0), depth + 1);
            return new Form.Malformed("a bracket that holds one value: '" + abbreviate(s) + "'");
        }
        List<Form> forms = forms(items, depth);
        boolean interval = items.size() == 2 && !(open == '(' && close == ')')
                && forms.get(0) instanceof Form.Expression && forms.get(1) instanceof Form.Expression;
        if (interval) {
            return new Form.Interval((Form.Expression) forms.get(0), open == '[', (Form.Expression) forms.get(1), close == ']');
        }
        if (open != '(' || close != ')') {
            if (open != '[' || close != ']') return new Form.Malformed("mismatched brackets around a list: '" + abbreviate(s) + "'");
        }
        return new Form.Tuple(forms);
    }

    /**
     * The sides after the first of {@code x = v1 = v2 = ... = vn}, as {@code v1 = (v2 = (... = vn))}: an equation of
     * values states its right side only when it is true ({@link Equivalence}), so every step must equal the last.
     */
    private Form steps(String s, List<Scan.Cut> cuts, int depth) {
        Form rhs = form(s.substring(cuts.get(cuts.size() - 1).to()), depth + 1);
        for (int k = cuts.size() - 1; k >= 1; k--) {
            Form side = form(s.substring(cuts.get(k - 1).to(), cuts.get(k).from()), depth + 1);
            rhs = new Form.Relation(side, Form.Op.EQ, rhs);
        }
        return rhs;
    }

    /**
     * A relation, or a chain: {@code a < x < b} (an interval for the name x), {@code x = 5 + 6 = 11} (the name and
     * the last side, when every step equals it), {@code x = \frac13 \approx 0.33} (the approximation dropped); null when
     * {@code s} has no relation at its top level.
     */
    private Form relation(String s, int depth) {
        List<Scan.Cut> cuts = Scan.relations(s);
        if (cuts.isEmpty()) return null;
        for (int k = 1; k < cuts.size(); k++) {
            if (cuts.get(k).op() == Form.Op.APPROX) return relation(s.substring(0, cuts.get(k).from()), depth);
        }
        Scan.Cut first = cuts.get(0);
        String lhs = s.substring(0, first.from());
        String last = s.substring(cuts.get(cuts.size() - 1).to());
        if (lhs.isBlank() || last.isBlank()) return new Form.Malformed("a relation with an empty side: '" + abbreviate(s) + "'");
        Form left = form(lhs, depth + 1);
        boolean named = left instanceof Form.Expression l && l.isName();
        if (first.op() == Form.Op.APPROX) {
            if (cuts.size() > 1 || !named) return new Form.Malformed("an approximation of something other than a name: '" + abbreviate(s) + "'");
            return new Form.Relation(left, Form.Op.EQ, form(last, depth + 1));
        }
        if (cuts.size() == 1) return new Form.Relation(left, first.op(), form(last, depth + 1));
        if (named && cuts.stream().allMatch(c -> c.op() == Form.Op.EQ)) return new Form.Relation(left, Form.Op.EQ, steps(s, cuts, depth));
        if (cuts.size() == 2) {
            Form.Op a = cuts.get(0).op();
            Form.Op b = cuts.get(1).op();
            boolean rising = (a == Form.Op.LT || a == Form.Op.LE) && (b == Form.Op.LT || b == Form.Op.LE);
            boolean falling = (a == Form.Op.GT || a == Form.Op.GE) && (b == Form.Op.GT || b == Form.Op.GE);
            Form middle = form(s.substring(cuts.get(0).to(), cuts.get(1).from()), depth + 1);
            Form right = form(last, depth + 1);
            if ((rising || falling) && left instanceof Form.Expression l && right instanceof Form.Expression r
                    && middle instanceof Form.Expression m && m.isName()) {
                Form.Interval range = rising
                        ? new Form.Interval(l, a == Form.Op.LE, r, b == Form.Op.LE)
                        : new Form.Interval(r, b == Form.Op.GE, l, a == Form.Op.GE);
                return new Form.Relation(m, Form.Op.IN, range);
            }
        }
        return new Form.Malformed("a chain of " + cuts.size() + " relations (only a < x < b and x = ... = v are read): '" + abbreviate(s) + "'");
    }

    /** An expression with currency, unit words and degree marks removed. */
    private Form expression(String s) {
        String e = s.replace("^\\circ", "").replace("^{\\circ}", "").replace("\\degree", "").replace("\u00B0", "").strip();
        while (e.startsWith("\\$") || e.startsWith("$") || e.startsWith("\u20AC") || e.startsWith("\u00A3")) {
            e = e.substring(e.startsWith("\\$") ? 2 : 1).strip();
        }
        e = withoutUnits(e);
        if (e.isEmpty()) return new Form.Malformed("no value left after removing units from '" + abbreviate(s) + "'");
        if (PLUS_MINUS.matcher(e).find() || MINUS_PLUS.matcher(e).find()) {
            // One sign for every \pm (and the other for every \mp): 1 \pm \sqrt{19} is two values, never more.
            String plus = MINUS_PLUS.matcher(PLUS_MINUS.matcher(e).replaceAll("+")).replaceAll("-");
            String minus = MINUS_PLUS.matcher(PLUS_MINUS.matcher(e).replaceAll("-")).replaceAll("+");
            return new Form.Either(List.of(new Form.Expression(plus), new Form.Expression(minus)));
        }
        return new Form.Expression(e);
    }

    /** {@code e} without trailing unit words ({@code \text{ miles}}, {@code cm}, {@code km/h}) after a value. */
    private String withoutUnits(String e) {
        for (int k = 0; k < 4; k++) {
            String t = e.strip();
            int text = lastWrapperStart(t);
            if (text > 0) {
                String inner = wrapped(t.substring(text), "\\text", "\\textnormal", "\\mbox", "\\mathrm");
                if (inner != null && units(inner) && hasValue(t.substring(0, text))) {
                    e = t.substring(0, text);
                    continue;
                }
            }
            int i = t.length();
            while (i > 0 && (Character.isLetter(t.charAt(i - 1)) || t.charAt(i - 1) == '/' || t.charAt(i - 1) == ' ')) i--;
            String tail = t.substring(i).strip();
            if (i > 0 && !tail.isEmpty() && t.charAt(i - 1) != '\\' && units(tail) && hasValue(t.substring(0, i))
                    && (t.charAt(i) == ' ' || Character.isDigit(t.charAt(i - 1)))) {
                e = t.substring(0, i);
                continue;
            }
            return t;
        }
        return e.strip();
    }

    /**
     * Whether {@code s} is one to four unit words ({@link AnswerWords#isUnit}), each maybe squared or per another; a
     * single letter is a variable in LaTeX ({@code 3m}), never a unit here.
     */
    private boolean units(String s) {
        String[] tokens = s.strip().split("\\s+");
        if (tokens.length == 0 || tokens.length > 4 || tokens[0].isEmpty()) return false;
        for (String t : tokens) {
            var m = UNIT_WORD.matcher(t);
            if (!m.matches() || m.group(1).length() < 2 || !words.isUnit(m.group(1)) || m.group(2) != null && !words.isUnit(m.group(2))) return false;
        }
        return true;
    }

    private static boolean hasValue(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    private static int lastWrapperStart(String t) {
        if (!t.endsWith("}")) return -1;
        int best = -1;
        for (String w : new String[] {"\\text{", "\\textnormal{", "\\mbox{", "\\mathrm{"}) {
            int at = t.lastIndexOf(w);
            if (at > best && Scan.closingBrace(t, at + w.length() - 1) == t.length() - 1) best = at;
        }
        return best;
    }

    /** The content of {@code s} when all of it is one {@code \cmd{...}} for a listed command; else null. */
    static String wrapped(String s, String... commands) {
        for (String cmd : commands) {
            if (s.startsWith(cmd + "{") && Scan.closingBrace(s, cmd.length()) == s.length() - 1) {
                return s.substring(cmd.length() + 1, s.length() - 1);
            }
        }
        return null;
    }

    private static boolean isWords(String s) {
        return s.length() >= 2 && WORDS.matcher(s).matches() && !MATH_WORDS.contains(s.toLowerCase(Locale.ROOT));
    }

    private static boolean containsMath(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || "=+-*/^\\<>".indexOf(c) >= 0) return true;
        }
        return false;
    }

    private static Form.Text text(String s) {
        var b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '{' && c != '}' && c != '~') b.append(c);
        }
        return new Form.Text(b.toString().toLowerCase(Locale.ROOT));
    }

    /** Presentation removed: math delimiters, sizing, spacing, display style, a lead-in phrase, fraction variants. */
    static String clean(String s) {
        s = SEPARATOR_GAP.matcher(s).replaceAll(",");
        s = s.replace("\\left", "").replace("\\right", "").replace("\\!", "").replace("\\,", " ").replace("\\;", " ")
                .replace("\\:", " ").replace("\\qquad", " ").replace("\\quad", " ")
                .replace("\\displaystyle", "").replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac")
                .replace("\\cfrac", "\\frac").replace("\\dbinom", "\\binom").replace("\\tbinom", "\\binom")
                .replace("\\lbrace", "\\{").replace("\\rbrace", "\\}").replace("\\lbrack", "[").replace("\\rbrack", "]")
                .replace("\\langle", "(").replace("\\rangle", ")").replace("{,}", ",").replace("\\(", "")
                .replace("\\)", "").replace("\\[", "").replace("\\]", "").replace("\u221E", "\\infty")
                .replace("\u03C0", "\\pi").replace("\u2264", "\\le ").replace("\u2265", "\\ge ").replace("\u2260", "\\ne ")
                .replace("\u222A", "\\cup ").replace("\u2208", "\\in ");
        s = ESCAPED_SPACE.matcher(s).replaceAll(" ").strip();
        s = CONNECTIVE.matcher(s).replaceAll(", ").replace(";", ",");
        s = PERCENT_WORD.matcher(s).replaceAll("\\\\%");
        // -2 \\le x: a line break before a relation's name is a doubled backslash (outside matrices, where \\ ends a row).
        if (!s.contains("\\begin")) s = LINE_BREAK_COMMAND.matcher(s).replaceAll("\\\\");
        if (s.startsWith("$") || s.endsWith("$")) {
            String t = s;
            while (t.startsWith("$")) t = t.substring(1);
            while (t.endsWith("$") && !t.endsWith("\\$")) t = t.substring(0, t.length() - 1);
            s = INNER_DOLLAR.matcher(t).replaceAll("").strip(); // $1$ and $2$: one answer in several formulas
        }
        return MathText.withoutLeadIn(s).strip();
    }

    private static boolean bracesBalance(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{') depth++;
            else if (c == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
