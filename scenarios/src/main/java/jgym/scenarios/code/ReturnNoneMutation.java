package jgym.scenarios.code;

import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mutant of a Python program in which every function body is replaced by {@code return None}: the check that a
 * test suite can fail at all. A suite that still passes on the mutant does not test the function's result.
 *
 * <p>Works on lines: a {@code def} header (which may span lines, with annotations and defaults) keeps its text; the
 * lines after it that are blank or indented deeper than the {@code def} are the body and become one
 * {@code return None} at the body's indentation; a one-line {@code def f(x): return x} becomes
 * {@code def f(x): return None}. Nested functions go with their enclosing body; methods are mutated in their class.
 * Line endings are normalised to {@code \n}; tabs count to the next multiple of 8, as Python counts them.
 */
public final class ReturnNoneMutation {
    private ReturnNoneMutation() {}

    private static final Pattern DEF = Pattern.compile("^([ \\t]*)(?:async[ \\t]+)?def[ \\t]+[A-Za-z_][A-Za-z0-9_]*[ \\t]*\\(");

    /** {@code source} with every function body replaced by {@code return None}. */
    public static String mutate(String source) {
        String[] lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        var out = new ArrayList<String>(lines.length);
        int i = 0;
        while (i < lines.length) {
            Matcher m = DEF.matcher(lines[i]);
            if (!m.find()) {
                out.add(lines[i++]);
                continue;
            }
            int defWidth = width(m.group(1));
            int[] colon = headerColon(lines, i, m.end() - 1);
            if (colon == null) { // an unfinished header: leave the rest as it is
                for (; i < lines.length; i++) out.add(lines[i]);
                break;
            }
            int endLine = colon[0];
            String last = lines[endLine];
            String after = last.substring(colon[1] + 1).strip();
            for (int k = i; k < endLine; k++) out.add(lines[k]);
            if (!after.isEmpty() && !after.startsWith("#")) {
                out.add(last.substring(0, colon[1] + 1) + " return None");
                i = endLine + 1;
                continue;
            }
            out.add(last);
            int k = endLine + 1;
            String bodyIndent = null;
            while (k < lines.length && (lines[k].isBlank() || width(leading(lines[k])) > defWidth)) {
                if (bodyIndent == null && !lines[k].isBlank()) bodyIndent = leading(lines[k]);
                k++;
            }
            while (k > endLine + 1 && lines[k - 1].isBlank()) k--; // blank lines after the body stay
            out.add((bodyIndent != null ? bodyIndent : m.group(1) + "    ") + "return None");
            i = k;
        }
        return String.join("\n", out);
    }

    /**
     * The line and column of the colon that ends the header whose opening parenthesis is at {@code (line, col)}: the
     * first {@code :} at bracket depth 0 after it, skipping string literals; null if the text ends first.
     */
    private static int[] headerColon(String[] lines, int line, int col) {
        int depth = 0;
        char quote = 0;
        for (int l = line; l < lines.length; l++) {
            String s = lines[l];
            for (int c = l == line ? col : 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                if (quote != 0) {
                    if (ch == '\\') c++;
                    else if (ch == quote) quote = 0;
                } else if (ch == '\'' || ch == '"') {
                    quote = ch;
                } else if (ch == '#') {
                    break;
                } else if (ch == '(' || ch == '[' || ch == '{') {
                    depth++;
                } else if (ch == ')' || ch == ']' || ch == '}') {
                    depth--;
                } else if (ch == ':' && depth == 0) {
                    return new int[] {l, c};
                }
            }
        }
        return null;
    }

    private static String leading(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) n++;
        return line.substring(0, n);
    }

    /** The column a run of spaces and tabs reaches, tabs stopping at multiples of 8. */
    private static int width(String indent) {
        int w = 0;
        for (int i = 0; i < indent.length(); i++) w = indent.charAt(i) == '\t' ? (w / 8 + 1) * 8 : w + 1;
        return w;
    }
}
