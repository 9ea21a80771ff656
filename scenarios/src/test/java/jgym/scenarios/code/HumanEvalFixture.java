package jgym.scenarios.code;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Two problems written for these tests in HumanEval's published row shape (the second uses a helper from its prompt). */
final class HumanEvalFixture {
    private HumanEvalFixture() {}

    static final String PROMPT_0 = "from typing import List\n\n\ndef below_zero(operations: List[int]) -> bool:\n"
            + "    \"\"\" Given deposits and withdrawals starting from a zero balance, return True if the balance ever\n"
            + "    falls below zero, else False.\n    >>> below_zero([1, 2, 3])\n    False\n    >>> below_zero([1, 2, -4, 5])\n"
            + "    True\n    \"\"\"\n";
    static final String SOLUTION_0 = "    balance = 0\n    for op in operations:\n        balance += op\n        if balance < 0:\n"
            + "            return True\n    return False\n";
    static final String TEST_0 = "\n\nMETADATA = {\n    'author': 'jgym',\n    'dataset': 'test'\n}\n\n\ndef check(candidate):\n"
            + "    assert candidate([]) == False\n    assert candidate([1, 2, -3, 1, 2, -3]) == False\n"
            + "    assert candidate([1, 2, -4, 5, 6]) == True\n    assert candidate([1, -1, 2, -2, 5, -5, 4, -5]) == True\n";
    static final String PROMPT_1 = "def is_even(n: int) -> bool:\n    return n % 2 == 0\n\n\ndef count_even(xs):\n"
            + "    \"\"\" Count the even numbers in xs.\n    >>> count_even([1, 2, 4])\n    2\n    \"\"\"\n";
    static final String SOLUTION_1 = "    return sum(1 for x in xs if is_even(x))\n";
    static final String TEST_1 = "def check(candidate):\n    assert candidate([1, 2, 4]) == 2\n    assert candidate([]) == 0\n"
            + "    assert candidate([3, 5, -2]) == 1\n";

    static List<Map<String, Object>> rows() {
        return List.of(row("HumanEval/0", PROMPT_0, SOLUTION_0, TEST_0, "below_zero"),
                row("HumanEval/1", PROMPT_1, SOLUTION_1, TEST_1, "count_even"));
    }

    static Map<String, Object> row(String id, String prompt, String solution, String test, String entry) {
        var m = new LinkedHashMap<String, Object>();
        m.put("task_id", id);
        m.put("prompt", prompt);
        m.put("canonical_solution", solution);
        m.put("test", test);
        m.put("entry_point", entry);
        return m;
    }

    /** {@code rows} as JSONL in {@code file}, gzipped when {@code gzip}. */
    static Path write(Path file, List<Map<String, Object>> rows, boolean gzip) throws IOException {
        var json = new ObjectMapper();
        var b = new StringBuilder();
        for (Map<String, Object> r : rows) b.append(json.writeValueAsString(r)).append('\n');
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        if (!gzip) return Files.write(file, bytes);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
        return file;
    }
}
