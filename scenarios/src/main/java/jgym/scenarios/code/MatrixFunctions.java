package jgym.scenarios.code;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Function templates over matrices written as lists of rows ({@code code/matrices}): transpose, rotate, spiral order.
 * Expected values are computed here in Java by index arithmetic.
 */
public enum MatrixFunctions implements FunctionTemplate {
    TRANSPOSE(1) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "transpose", "m",
                    "returns the transpose of the matrix m (a non-empty list of equal-length lists of integers): row i of"
                            + " the result is column i of m",
                    "Build result[i][j] = m[j][i] for every column i and row j.",
                    "def transpose(m):\n    return [list(col) for col in zip(*m)]\n");
            for (long[][] m : matrices(rng)) {
                long[][] t = new long[m[0].length][m.length];
                for (int i = 0; i < m.length; i++) for (int j = 0; j < m[0].length; j++) t[j][i] = m[i][j];
                b.add(lit(m), lit(t));
            }
            return b.build();
        }
    },
    ROTATE(2) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "rotate", "m",
                    "returns the matrix m (a non-empty list of equal-length lists of integers) rotated 90 degrees clockwise",
                    "The first row of the result is the first column of m read from bottom to top; result[i][j] = m[rows-1-j][i].",
                    "def rotate(m):\n    return [list(row) for row in zip(*m[::-1])]\n");
            for (long[][] m : matrices(rng)) {
                int r = m.length;
                int c = m[0].length;
                long[][] t = new long[c][r];
                for (int i = 0; i < c; i++) for (int j = 0; j < r; j++) t[i][j] = m[r - 1 - j][i];
                b.add(lit(m), lit(t));
            }
            return b.build();
        }
    },
    SPIRAL(3) {
        @Override
        public FunctionProblem make(SplittableRandom rng) {
            var b = new Draw.Builder(this, "spiral", "m",
                    "returns the elements of the matrix m (a non-empty list of equal-length lists of integers) in clockwise"
                            + " spiral order, starting at the top left and going right",
                    "Walk the outer ring (top row, right column, bottom row backwards, left column upwards), then the ring inside it.",
                    "def spiral(m):\n    out = []\n    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1\n"
                            + "    while top <= bottom and left <= right:\n"
                            + "        out += [m[top][j] for j in range(left, right + 1)]\n"
                            + "        out += [m[i][right] for i in range(top + 1, bottom + 1)]\n"
                            + "        if top < bottom:\n            out += [m[bottom][j] for j in range(right - 1, left - 1, -1)]\n"
                            + "        if left < right:\n            out += [m[i][left] for i in range(bottom - 1, top, -1)]\n"
                            + "        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1\n    return out\n");
            for (long[][] m : matrices(rng)) {
                int rows = m.length;
                int cols = m[0].length;
                boolean[][] seen = new boolean[rows][cols];
                int[] dr = {0, 1, 0, -1};
                int[] dc = {1, 0, -1, 0};
                var out = new ArrayList<Long>();
                int r = 0;
                int c = 0;
                int d = 0;
                for (int k = 0; k < rows * cols; k++) {
                    out.add(m[r][c]);
                    seen[r][c] = true;
                    int nr = r + dr[d];
                    int nc = c + dc[d];
                    if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen[nr][nc]) {
                        d = (d + 1) % 4;
                        nr = r + dr[d];
                        nc = c + dc[d];
                    }
                    r = nr;
                    c = nc;
                }
                b.add(lit(m), PyLit.ints(out));
            }
            return b.build();
        }
    };

    private final int level;

    MatrixFunctions(int level) {
        this.level = level;
    }

    @Override
    public int level() {
        return level;
    }

    /** Four random matrices of 1-5 rows and columns, then a 1x1 matrix and a single row. */
    static List<long[][]> matrices(SplittableRandom rng) {
        var all = new ArrayList<long[][]>();
        for (int k = 0; k < 4; k++) {
            int r = 1 + rng.nextInt(5);
            int c = 1 + rng.nextInt(5);
            long[][] m = new long[r][c];
            for (long[] row : m) for (int j = 0; j < c; j++) row[j] = rng.nextLong(-9, 10);
            all.add(m);
        }
        all.add(new long[][] {{7}});
        all.add(new long[][] {{1, 2, 3}});
        return all;
    }

    static String lit(long[][] m) {
        var rows = new ArrayList<String>();
        for (long[] row : m) {
            var xs = new ArrayList<Long>();
            for (long x : row) xs.add(x);
            rows.add(PyLit.ints(xs));
        }
        return PyLit.list(rows);
    }
}
