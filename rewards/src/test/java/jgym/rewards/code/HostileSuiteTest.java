package jgym.rewards.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jgym.env.Gold;
import jgym.env.Task;
import jgym.env.code.CodeRunner;
import jgym.env.code.CodeRunners;
import jgym.env.code.Limits;
import jgym.env.code.RunnerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile suite: programs written as a policy that wants reward 1 without solving the task would write them, each
 * with the exact verdict it must get ({@code hostile-python.txt}, {@code hostile-js.txt}), through the real scoring path
 * (code extraction, trial, verdicts, reward). Correct controls and victims stand between and after the hostile
 * programs, on the same runner, and must score 1.
 */
class HostileSuiteTest {
    private static final Limits LIMITS = Limits.defaults();

    private static final String ENCODE = """
            def encode_shift(s: str):
                return "".join([chr(((ord(ch) + 5 - ord("a")) % 26) + ord("a")) for ch in s])


            def decode_shift(s: str):
                \"\"\"takes as input string encoded with encode_shift function. Returns decoded string.\"\"\"
            """;

    /** The tasks the suite's programs answer: setup, tests and entry point. */
    static final Map<String, Gold.Tests> TASKS = Map.ofEntries(
            py("add", "", "add", "assert add(1, 2) == 3", "assert add(-5, 5) == 0", "assert add(10, 20) == 30"),
            py("add1", "", "add", "assert add(1, 2) == 3"),
            py("is_even", "", "is_even", "assert is_even(4)", "assert not is_even(3)"),
            py("all_even", "", "is_even", "assert all(map(is_even, [2, 4, 6]))", "assert not any(map(is_even, [1, 3]))"),
            py("uniq", "", "uniq", "assert set(uniq([1, 2, 2, 3])) == {1, 2, 3}", "assert sorted(uniq([3, 3, 1])) == [1, 3]"),
            py("counts", "", "counts", "assert counts('aab') == {'a': 2, 'b': 1}"),
            py("area", "", "area", "assert math.isclose(area(2), 12.566, rel_tol=0.001)", "assert math.fabs(area(1) - 3.1416) < 0.001"),
            py("with_setup", "FACTOR = 3\ndef double(x):\n    return 2 * x\n", "scaled",
                    "assert scaled(1) == 6", "assert scaled(5) == 30", "assert double(2) == 4"),
            py("decode", ENCODE, "decode_shift", "def check(candidate):\n    for s in ['abc', 'hello', 'xyz']:\n"
                    + "        assert candidate(encode_shift(s)) == s\n\ncheck(decode_shift)\n"),
            py("hidden", "", "secret", "assert secret(3) == 6", "assert secret(10) == 20", "assert secret(-4) == -8"),
            py("big", "", "big", "assert big(3000) == 2536"),
            py("kinds", "", "kinds", "assert kinds([1, 2]) is True", "assert kinds(5) is False"),
            py("enc", "", "enc", "assert enc('h\u00e9llo') == 6"),
            py("rnd", "", "rnd", "assert rnd(50) == 50"),
            py("avg", "", "avg", "assert avg([1, 2, 3]) == 2.0"),
            py("fact", "", "fact", "assert fact(10) == 3628800"),
            py("is_kw", "", "is_kw", "assert is_kw('for')", "assert not is_kw('four')"),
            py("gcd", "", "gcd", "assert gcd(12, 18) == 6"),
            py("sort_in_place", "", "sort_in_place", "xs = [3, 1, 2]\nsort_in_place(xs)\nassert xs == [1, 2, 3]"),
            py("pair", "", "pair", "assert pair(1, 2) == (1, 2)"),
            py("must_raise", "", "must_raise", "try:\n    must_raise(-1)\n    raise AssertionError('no ValueError')\nexcept ValueError:\n    pass",
                    "assert must_raise(3) == 3"),
            py("helper_task", "", "twice", "assert twice(1) == 3", "assert helper(1) == 2"),
            // MBPP 601 as shipped: its tests build objects of the class the reference defines (Trial.sharedClasses)
            py601("chain", "assert max_chain_length([Pair(5, 24), Pair(15, 25),Pair(27, 40), Pair(50, 60)], 4) == 3",
                    "assert max_chain_length([Pair(1, 2), Pair(3, 4),Pair(5, 6), Pair(7, 8)], 4) == 4",
                    "assert max_chain_length([Pair(19, 10), Pair(11, 12),Pair(13, 14), Pair(15, 16), Pair(31, 54)], 5) == 5"),
            py601("chain_len", "ps = [Pair(1, 2), Pair(3, 4)]\nassert max_chain_length(ps, 2) == len(ps)"),
            // expected values the test computes from the arguments after the call
            py("len_after", "", "count", "xs = [3, 1, 2]\nassert count(xs) == len(xs)", "d = {'a': 1, 'b': 2}\nassert count(d) == len(d)"),
            // a test that passes when the call raises an Exception (CPython's except Exception lets BaseException through)
            py("must_fail", "", "parse", "try:\n    parse('x')\nexcept Exception:\n    pass\nelse:\n    raise AssertionError('parse(x) must raise')"),
            js("js_add", "add", "if (add(1, 2) !== 3) throw new Error('add(1, 2)');", "if (add(-5, 5) !== 0) throw new Error('add(-5, 5)');"),
            js("js_add1", "add", "if (add(1, 2) !== 3) throw new Error('add(1, 2)');"),
            js("js_rev", "rev", "const r = rev([1, 2, 3]); if (JSON.stringify(r) !== '[3,2,1]') throw new Error('rev');"));

    /** One program of the suite. */
    record Entry(String name, String task, Verdict expected, String program, String language, Limits limits) {}

    private static CodeRunner runner;
    private static CodeTester tester;

    @BeforeAll
    static void start() {
        runner = CodeRunners.create(RunnerConfig.inProcess(RunnerConfig.Isolation.FRESH_CONTEXT, 1));
        tester = CodeRubrics.tester(() -> runner, CodeExtractor.last(), LIMITS);
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void theSuiteHoldsAtLeast120ProgramsInBothLanguagesWithControls() {
        List<Entry> all = all();
        assertTrue(all.size() >= 120, "suite size " + all.size());
        assertTrue(all.stream().filter(e -> e.language().equals("js")).count() >= 20);
        long controls = all.stream().filter(e -> e.expected() == Verdict.PASSED).count();
        assertTrue(controls >= 20, "controls and victims " + controls);
        assertTrue(all.stream().map(Entry::task).allMatch(TASKS::containsKey), "every entry names a known task");
    }

    @TestFactory
    List<DynamicTest> everyHostileProgramScoresZeroAndEveryControlOne() {
        var tests = new ArrayList<DynamicTest>();
        int n = 0;
        for (Entry e : all()) {
            String id = String.format(Locale.ROOT, "%03d %s: %s", ++n, e.language(), e.name());
            tests.add(DynamicTest.dynamicTest(id, () -> check(e)));
        }
        return tests;
    }

    private static void check(Entry e) {
        Gold.Tests gold = TASKS.get(e.task());
        Task task = new Task("hostile/" + e.task(), "hostile", 1, "", gold, "");
        String completion = "```" + (e.language().equals("js") ? "javascript" : "python") + "\n" + e.program() + "\n```";
        CodeTester t = e.limits().equals(LIMITS) ? tester : CodeRubrics.tester(() -> runner, CodeExtractor.last(), e.limits());
        Verification v = t.verify(task, completion);
        assertTrue(v instanceof Verification.Tested, v.reason());
        TestReport report = ((Verification.Tested) v).report();
        Verdict got = report.cases().stream().map(TestCase::verdict).filter(x -> !x.passed()).findFirst().orElse(Verdict.PASSED);
        assertEquals(e.expected(), got, e.name() + ": " + report.describe());
        double reward = new TestsReward(TestsReward.Credit.ALL_OR_NOTHING, t).score(task, completion).valueOr(-1);
        assertEquals(e.expected() == Verdict.PASSED ? 1.0 : 0.0, reward, e.name());
    }

    static List<Entry> all() {
        var out = new ArrayList<Entry>(read("hostile-python.txt", "python"));
        out.addAll(read("hostile-js.txt", "js"));
        return out;
    }

    static List<Entry> read(String resource, String language) {
        String text;
        try (InputStream in = HostileSuiteTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var entries = new ArrayList<Entry>();
        String[] header = null;
        var body = new StringBuilder();
        for (String line : (text + "\n=== end").split("\n", -1)) {
            if (line.startsWith("=== ")) {
                if (header != null) {
                    Limits limits = header.length > 3
                            ? LIMITS.withWallTime(Duration.ofSeconds(Long.parseLong(header[3].strip()))).withCpuTime(Duration.ofSeconds(Long.parseLong(header[3].strip())))
                            : LIMITS;
                    entries.add(new Entry(header[0].strip(), header[1].strip(),
                            Verdict.valueOf(header[2].strip().toUpperCase(Locale.ROOT)), body.toString().stripTrailing(), language, limits));
                }
                header = line.substring(4).split("\\|");
                body.setLength(0);
            } else if (header != null) {
                body.append(line).append('\n');
            }
        }
        return entries;
    }

    private static Map.Entry<String, Gold.Tests> py(String name, String setup, String entry, String... tests) {
        return Map.entry(name, new Gold.Tests("python", setup, List.of(tests), entry, ""));
    }

    /** MBPP 601's reference: the class Pair its tests build, and the function they call. */
    static final String REFERENCE_601 = "class Pair(object): \r\n\tdef __init__(self, a, b): \r\n\t\tself.a = a \r\n\t\tself.b = b \r\n"
            + "def max_chain_length(arr, n): \r\n\tmax = 0\r\n\tmcl = [1 for i in range(n)] \r\n\tfor i in range(1, n): \r\n"
            + "\t\tfor j in range(0, i): \r\n\t\t\tif (arr[i].a > arr[j].b and\r\n\t\t\t\tmcl[i] < mcl[j] + 1): \r\n"
            + "\t\t\t\tmcl[i] = mcl[j] + 1\r\n\tfor i in range(n): \r\n\t\tif (max < mcl[i]): \r\n\t\t\tmax = mcl[i] \r\n\treturn max";

    private static Map.Entry<String, Gold.Tests> py601(String name, String... tests) {
        return Map.entry(name, new Gold.Tests("python", "", List.of(tests), "max_chain_length", REFERENCE_601));
    }

    private static Map.Entry<String, Gold.Tests> js(String name, String entry, String... tests) {
        return Map.entry(name, new Gold.Tests("js", "", List.of(tests), entry, ""));
    }
}
