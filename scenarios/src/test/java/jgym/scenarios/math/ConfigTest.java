package jgym.scenarios.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import jgym.env.ScenarioConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad configuration values are rejected with a message that names the field and the value. */
class ConfigTest {

    static Stream<Arguments> badRecords() {
        return Stream.of(
                Arguments.of("operands", "9", (Executable) () -> new ArithmeticFamily.Config(9, 99, false, false, 1000)),
                Arguments.of("maxOperand", "1", (Executable) () -> new ArithmeticFamily.Config(3, 1, false, false, 1000)),
                Arguments.of("used", "5", (Executable) () -> new Countdown.Config(4, 5, 99, 999)),
                Arguments.of("maxTarget", "5", (Executable) () -> new Countdown.Config(4, 4, 99, 5)),
                Arguments.of("maxCoefficient", "0", (Executable) () -> new Linear.Config(false, false, false, 0, 99)),
                Arguments.of("brackets", "false", (Executable) () -> new Linear.Config(false, true, false, 5, 99)),
                Arguments.of("maxValue", "1", (Executable) () -> new LinearSystem.Config(5, 1, false)),
                Arguments.of("terms", "7", (Executable) () -> new Fractions.Config(7, 10, false)),
                Arguments.of("count", "4", (Executable) () -> new GcdLcm.Config(4, 10, 10)),
                Arguments.of("maxModulus", "1", (Executable) () -> new Modular.Config(Modular.Kind.POWER, 1, 10, 5)),
                Arguments.of("kinds", "empty", (Executable) () -> new Sequence.Config(List.of(), 5, 10, 10)),
                Arguments.of("shown", "3", (Executable) () -> new Sequence.Config(List.of(Sequence.Kind.ARITHMETIC), 3, 10, 10)),
                Arguments.of("maxQuantity", "4", (Executable) () -> new Units.Config(List.of(Units.Kind.RATE), 4)),
                Arguments.of("count", "13", (Executable) () -> new Sorting.Config(13, 99, false, false, false)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badRecords")
    void aBadFieldIsNamedWithItsValue(String field, String value, Executable make) {
        var e = assertThrows(IllegalArgumentException.class, make);
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
        assertTrue(e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void presetsExistForEveryLevelAndNoOther() {
        check(ArithmeticFamily.LEVELS, ArithmeticFamily::preset);
        check(Countdown.LEVELS, Countdown::preset);
        check(Linear.LEVELS, Linear::preset);
        check(LinearSystem.LEVELS, LinearSystem::preset);
        check(Fractions.LEVELS, Fractions::preset);
        check(GcdLcm.LEVELS, GcdLcm::preset);
        check(Modular.LEVELS, Modular::preset);
        check(Sequence.LEVELS, Sequence::preset);
        check(Units.LEVELS, Units::preset);
        check(Sorting.LEVELS, Sorting::preset);
    }

    @Test
    void optionsOverrideThePresetAndBadOptionValuesAreNamed() {
        var c = ScenarioConfig.defaults().withLevel(2).withOption("operands", "7").withOption("division", "true");
        ArithmeticFamily a = ArithmeticFamily.configure("math/arithmetic", c);
        assertEquals(new ArithmeticFamily.Config(7, 99, true, true, 1_000_000), a.config());
        var bad = assertThrows(IllegalArgumentException.class,
                () -> ArithmeticFamily.configure("math/arithmetic", c.withOption("division", "maybe")));
        assertTrue(bad.getMessage().contains("'division'") && bad.getMessage().contains("maybe"), bad.getMessage());
        var range = assertThrows(IllegalArgumentException.class,
                () -> Countdown.configure("math/countdown", ScenarioConfig.defaults().withOption("used", "9")));
        assertTrue(range.getMessage().contains("'used'") && range.getMessage().contains("9"), range.getMessage());
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> Sorting.configure("math/sorting", ScenarioConfig.defaults().withOption("colour", "red")));
        assertTrue(unknown.getMessage().contains("'colour'"), unknown.getMessage());
    }

    private static void check(int levels, IntFunction<?> preset) {
        for (int level = 1; level <= levels; level++) preset.apply(level);
        for (int bad : new int[] {0, levels + 1}) {
            var e = assertThrows(IllegalArgumentException.class, () -> preset.apply(bad));
            assertEquals("level must be in [1, " + levels + "], got " + bad, e.getMessage());
        }
    }
}
