package jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgym.agents.model.TransformerConfig;
import org.junit.jupiter.api.Test;

class TorchReferenceTest {
    @Test
    void parsesTheScriptsJsonLine() throws Exception {
        TorchReference.Result r = TorchReference.parse(
                "{\"torch\": \"1.13.0a0\", \"threads\": 1, \"parameters\": 418049, \"median_ms\": 104.2, \"best_ms\": 91.3, \"cpu_median_ms\": 103.9}");
        TorchReference.Measured m = assertInstanceOf(TorchReference.Measured.class, r);
        assertEquals(new TorchReference.Measured("1.13.0a0", 1, 418_049, 104.2, 91.3, 103.9, Double.NaN), m);
        TorchReference.Result sampled = TorchReference.parse("{\"torch\": \"2.13.0+cpu\", \"threads\": 1, \"parameters\": 418049,"
                + " \"median_ms\": 150.7, \"best_ms\": 147.0, \"cpu_median_ms\": 148.8, \"sample_tokens_per_s_median\": 30895.1, \"sample_rounds\": 3}");
        assertEquals(30895.1, assertInstanceOf(TorchReference.Measured.class, sampled).sampleTokensPerSecond());
    }

    @Test
    void outputWithoutTimingsIsNotAMeasurement() throws Exception {
        assertInstanceOf(TorchReference.NotRun.class, TorchReference.parse("{\"error\": \"x\"}"));
    }

    @Test
    void aMissingInterpreterIsReportedNotThrown() {
        TorchReference.Result r = TorchReference.run("/nonexistent/python3", TransformerConfig.small(101), 2, 1, 1, 0, 42, 3, 16);
        TorchReference.NotRun n = assertInstanceOf(TorchReference.NotRun.class, r);
        assertTrue(n.reason().contains("/nonexistent/python3"), n.reason());
        assertTrue(n.reason().contains(TorchReference.INSTALL_HINT), n.reason());
    }
}
