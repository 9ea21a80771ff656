package jgym.env.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jgym.env.code.RunnerConfig.Backend;
import jgym.env.code.RunnerConfig.Isolation;
import org.junit.jupiter.api.Test;

class RunnerConfigTest {
    @Test
    void theDefaultIsWorkerJvmsWithAFreshContextPerProgram() {
        assertEquals(Backend.WORKER, RunnerConfig.training().backend());
        assertEquals(Isolation.FRESH_CONTEXT, RunnerConfig.training().isolation());
    }

    @Test
    void namesSayWhenContextsAreRecycled() {
        assertEquals(Isolation.FRESH_CONTEXT, RunnerConfig.parse("worker").isolation());
        assertEquals(Isolation.FRESH_CONTEXT, RunnerConfig.parse("worker-fresh").isolation());
        assertEquals(Isolation.RECYCLED_CONTEXT, RunnerConfig.parse("worker-recycled").isolation());
        assertEquals(Backend.IN_PROCESS, RunnerConfig.parse(" In-Process ").backend());
        assertEquals(Isolation.FRESH_CONTEXT, RunnerConfig.parse("in-process").isolation());
        assertEquals(Isolation.RECYCLED_CONTEXT, RunnerConfig.parse("in-process-recycled").isolation());
        assertEquals(Backend.HTTP, RunnerConfig.parse("http://127.0.0.1:8080").backend());
    }

    @Test
    void anUnknownNameIsRejectedListingTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> RunnerConfig.parse("docker"));
        assertTrue(e.getMessage().contains("'docker'") && e.getMessage().contains("worker-recycled"), e.getMessage());
    }
}
