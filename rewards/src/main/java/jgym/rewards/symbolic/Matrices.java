package jgym.rewards.symbolic;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code \begin{pmatrix} a & b \\ c & d \end{pmatrix}} as rows, in every matrix environment ({@code bmatrix},
 * {@code Bmatrix}, {@code vmatrix}, {@code Vmatrix}, {@code smallmatrix}, {@code matrix}) and {@code array} (its column
 * specification, such as {@code {cc}}, skipped). The delimiters are presentation: the entries are the matrix.
 */
final class Matrices {
    private Matrices() {}

    private static final String[] KINDS = {"pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "matrix", "array"};

    /** The matrix {@code s} writes, or null when {@code s} is not one matrix environment. */
    static Form read(String s) {
        for (String kind : KINDS) {
            String begin = "\\begin{" + kind + "}";
            String end = "\\end{" + kind + "}";
            if (!s.startsWith(begin) || !s.endsWith(end) || s.indexOf(begin, 1) >= 0) continue;
            String body = s.substring(begin.length(), s.length() - end.length()).strip();
            if (kind.equals("array") && body.startsWith("{")) {
                int spec = Scan.closingBrace(body, 0);
                if (spec < 0) return new Form.Malformed("an array without its column specification");
                body = body.substring(spec + 1).strip();
            }
            var rows = new ArrayList<List<Form.Expression>>();
            for (String row : body.split("\\\\\\\\", -1)) {
                if (row.isBlank()) continue;
                var cells = new ArrayList<Form.Expression>();
                for (String cell : row.split("&", -1)) {
                    if (cell.isBlank()) return new Form.Malformed("an empty matrix entry");
                    cells.add(new Form.Expression(cell.strip()));
                }
                if (!rows.isEmpty() && rows.get(0).size() != cells.size()) {
                    return new Form.Malformed("matrix rows of different lengths (" + rows.get(0).size() + " and " + cells.size() + ")");
                }
                rows.add(cells);
            }
            if (rows.isEmpty()) return new Form.Malformed("an empty matrix");
            return new Form.Matrix(rows);
        }
        return null;
    }
}
