package jgym.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client that queues every text message and records the close code. */
final class WsClient implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    WebSocket socket;

    static WsClient open(OpenEnvServer s, String auth) throws Exception {
        WsClient ws = new WsClient();
        var b = HTTP.newWebSocketBuilder();
        if (auth != null) b.header("Authorization", auth);
        ws.socket = b.buildAsync(URI.create("ws://127.0.0.1:" + s.port() + "/ws"), ws).get(10, TimeUnit.SECONDS);
        return ws;
    }

    JsonNode call(String message) throws Exception {
        socket.sendText(message, true).get(10, TimeUnit.SECONDS);
        return next();
    }

    JsonNode next() throws Exception {
        String m = messages.poll(30, TimeUnit.SECONDS);
        assertNotNull(m, "no answer from the server");
        return JSON.readTree(m);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
            partial.setLength(0);
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
}
