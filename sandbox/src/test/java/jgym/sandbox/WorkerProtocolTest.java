package jgym.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import jgym.env.code.Language;
import jgym.env.code.Limits;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.RunnerConfig.Isolation;
import org.junit.jupiter.api.Test;

/** The worker's command line and the JSON-lines protocol, without starting a worker. */
class WorkerProtocolTest {
    @Test
    void workersRunWithThisJvmsJavaAndClasspathAndASmallHeap() {
        List<String> cmd = WorkerProcess.command(Isolation.RECYCLED_CONTEXT, 512L << 20);
        ProcessHandle.current().info().command().ifPresent(java -> assertEquals(java, cmd.get(0)));
        assertTrue(cmd.contains("-Xmx512m"), cmd::toString);
        assertEquals(System.getProperty("java.class.path"), cmd.get(cmd.indexOf("-cp") + 1));
        assertEquals(List.of("jgym.sandbox.WorkerMain", "RECYCLED_CONTEXT"), cmd.subList(cmd.size() - 2, cmd.size()));
        assertEquals(Runtime.version().feature() >= 21, cmd.contains("--enable-native-access=ALL-UNNAMED"), cmd::toString);
    }

    @Test
    void aProgramSurvivesTheTripToTheWorker() throws Exception {
        Program p = new Program(Language.JAVASCRIPT, "console.log('é\\n\"q\"')", "line 1\nline 2\n",
                new Limits(Duration.ofMillis(1500), Duration.ofMillis(700), 1234, 99L << 20));
        assertEquals(p, WireFormat.program(WireFormat.JSON.readTree(WireFormat.request(7, p))));
    }

    @Test
    void everyOutcomeKindSurvivesTheTripBack() throws Exception {
        Duration ms = Duration.ofMillis(3);
        List<Outcome> all = List.of(
                new Outcome.Completed("out\n", "err", "42", ms),
                new Outcome.Failed("AssertionError", "boom", "Traceback ...", "o", "e", ms),
                new Outcome.TimedOut(Duration.ofSeconds(2), "partial", "", ms),
                new Outcome.LimitExceeded(Outcome.Resource.MEMORY, "live heap above the memory budget", "", "", ms),
                new Outcome.Denied(Outcome.Operation.NETWORK, "socket was excluded", "", "", ms));
        for (Outcome o : all) {
            assertEquals(o, WireFormat.outcome(WireFormat.JSON.readTree(WireFormat.response(5, o))));
            var perTest = WireFormat.JSON.readTree(WireFormat.testResponse(5, 3, o));
            assertEquals(3, perTest.get("index").asInt());
            assertEquals(5, perTest.get("id").asLong());
            assertEquals(o, WireFormat.outcome(perTest));
        }
    }
}
