package jgym.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    private record Result(int code, String out, String err) {}

    private static Result serve(AtomicReference<String> health, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var command = new ServeCommand(TestScenarios.registry(), server -> {
            try {
                var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                health.set(r.statusCode() + " " + r.body());
            } catch (Exception e) {
                health.set(e.toString());
            }
        });
        int code;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8); var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(List.of(command), List.of(args), o, e);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void servesUntilStoppedAndSaysWhere() {
        var health = new AtomicReference<String>();
        Result r = serve(health, "serve", "--port", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("gym serve: OpenEnv reasoning_gym on http://127.0.0.1:"), r.out());
        assertEquals("200 {\"status\":\"healthy\"}", health.get());
    }

    @Test
    void anUnknownEnvironmentIsAUsageError() {
        var health = new AtomicReference<String>();
        Result r = serve(health, "serve", "--port", "0", "--env", "bash");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--env: unknown environment bash; one of reasoning_gym, coding"), r.err());
    }

    @Test
    void offLoopbackWithoutATokenIsRefusedBeforeListening() {
        var health = new AtomicReference<String>();
        Result r = serve(health, "serve", "--host", "0.0.0.0", "--port", "0", "--token", " ");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a loopback address") && r.err().contains("token"), r.err());
        assertEquals(null, health.get());
    }
}
