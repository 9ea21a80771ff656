package jgym.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import jgym.env.code.Outcome;
import jgym.env.code.Program;
import jgym.env.code.RunnerConfig.Isolation;

/**
 * Entry point of a sandbox worker JVM, started by {@link WorkerProcess}: runs programs one at a time with a
 * {@link GraalRunner} and speaks {@link WireFormat} on stdin/stdout. It first prints {@code {"ready":true}} once its
 * engine (and, for recycled isolation, one context) is warm. Argument: {@code FRESH_CONTEXT} or {@code RECYCLED_CONTEXT}.
 */
public final class WorkerMain {
    private WorkerMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: WorkerMain FRESH_CONTEXT|RECYCLED_CONTEXT");
        Isolation isolation = Isolation.valueOf(args[0]);
        // one program at a time in this JVM: live heap can be charged to it
        System.setProperty(Watchdog.MEMORY_GUARD_PROPERTY, "true");
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // anything else that prints (engine warnings) goes to stderr, so that it cannot corrupt the protocol
        System.setOut(System.err);
        try (GraalRunner runner = new GraalRunner(isolation, 1)) {
            if (isolation == Isolation.RECYCLED_CONTEXT) runner.prewarm(1);
            else runner.run(Program.python("0"));
            // a first trial warms the interpreter for the candidate's side and leaves a trusted context in the pool, so
            // that a spare worker taking over from a killed one answers its first trial at once
            runner.trial(new jgym.env.code.Trial(jgym.env.code.Language.PYTHON, "", "def f(x):\n    return [x, {x: (x,)}]",
                    java.util.List.of("assert f(1) == [1, {1: (1,)}]"), "f", jgym.env.code.Limits.defaults()));
            protocol.println("{\"ready\":true}");
            protocol.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = WireFormat.JSON.readTree(line);
                long id = n.get("id").asLong();
                if ("trial".equals(n.path("type").asText())) {
                    runner.trials().run(WireFormat.trial(n), n.get("first").asInt(), (o, i) -> {
                        protocol.println(WireFormat.testResponse(id, i, o));
                        protocol.flush();
                    });
                    protocol.println("{\"id\":" + id + ",\"done\":true}");
                    protocol.flush();
                    continue;
                }
                Outcome o = runner.run(WireFormat.program(n));
                protocol.println(WireFormat.response(id, o));
                protocol.flush();
            }
        }
        System.exit(0);
    }
}
