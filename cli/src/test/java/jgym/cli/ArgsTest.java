package jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
    private static Args parse(String... args) {
        return Args.parse(List.of(args), Set.of("-n", "--seed", "--option"), Set.of("--names"));
    }

    @Test
    void valuesFlagsAndPositionals() {
        Args a = parse("gsm8k", "-n", "5", "--seed=-3", "--names", "--option", "a=1", "--option", "b=x=y", "--", "--not-an-option");
        assertEquals(List.of("gsm8k", "--not-an-option"), a.positional());
        assertEquals(5, a.intValue("-n", 0, 0, 10));
        assertEquals(-3, a.longValue("--seed", 0, Long.MIN_VALUE, Long.MAX_VALUE));
        assertTrue(a.flag("--names"));
        assertEquals(Map.of("a", "1", "b", "x=y"), a.keyValues("--option"));
        assertEquals(7, parse().intValue("-n", 7, 0, 10), "the fallback when absent");
    }

    @Test
    void theLastValueWinsAndNegativeNumbersAreValues() {
        Args a = parse("--seed", "1", "--seed", "-2");
        assertEquals(-2, a.longValue("--seed", 0, Long.MIN_VALUE, Long.MAX_VALUE));
        assertEquals(List.of("1", "-2"), a.values("--seed"));
        assertEquals(List.of("-5", "-", "@file"), parse("-5", "-", "@file").positional(), "a negative number, a lone dash and @file are arguments");
    }

    @Test
    void problemsNameTheOptionAndValue() {
        assertEquals("option -n needs a value", assertThrows(UsageException.class, () -> parse("-n")).getMessage());
        assertEquals("option --names takes no value, got 'yes'", assertThrows(UsageException.class, () -> parse("--names=yes")).getMessage());
        assertEquals("unknown option --nmes (known: --names, --option, --seed, -n)",
                assertThrows(UsageException.class, () -> parse("--nmes")).getMessage());
        assertEquals("option -n must be in [1, 10], got 0",
                assertThrows(UsageException.class, () -> parse("-n", "0").intValue("-n", 1, 1, 10)).getMessage());
        assertEquals("option --option must look like key=value, got 'a'",
                assertThrows(UsageException.class, () -> parse("--option", "a").keyValues("--option")).getMessage());
        assertEquals("option --seed is required", assertThrows(UsageException.class, () -> parse().require("--seed")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> parse("x", "--help")).isHelp());
    }
}
