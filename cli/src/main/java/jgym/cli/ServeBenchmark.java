package jgym.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jgym.env.Gold;
import jgym.env.RewardResult;
import jgym.env.Scenario;
import jgym.env.ScenarioConfig;
import jgym.env.ScenarioRegistry;
import jgym.env.Task;
import jgym.scenarios.Scenarios;
import jgym.server.OpenEnvServer;
import jgym.server.ServerConfig;

/**
 * {@code gym bench serve}: N concurrent OpenEnv WebSocket sessions over loopback against {@code gym serve}, each playing
 * reset + step episodes for a fixed time; prints episodes per second, step latency percentiles, errors and resident
 * memory at start and end, against the same episodes scored in-process on one thread in the same run (after the same
 * warm-up).
 *
 * <p>Every session answers each question with its task's gold answer (a code task's reference solution, run against
 * its tests in the sandbox), which it knows from the seed it reset with; a gold answer that earns no reward counts as an
 * error (and in-process, one the rubric does not call correct stops the benchmark).
 */
final class ServeBenchmark implements Benchmark {
    private static final Options OPTIONS = new Options(Set.of("--sessions", "--seconds", "--warmup", "--scenario"),
            Set.of(), 0);

    @Override
    public Options options() {
        return OPTIONS;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The {@code size} each session resets with. */
    static final int DATASET_SIZE = 100_000;
    /** Where the in-process loop's results go, so that the JIT cannot drop the work. */
    static volatile double blackhole;
    private final ScenarioRegistry registry;

    ServeBenchmark() {
        this(Scenarios.registry());
    }

    ServeBenchmark(ScenarioRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "OpenEnv episodes/s over loopback WebSockets (gym serve) against in-process scoring";
    }

    @Override
    public String usage() {
        return "[--sessions N (default 64)] [--seconds S (default 10)] [--warmup S (default 3)] [--scenario NAME (default math/arithmetic)]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        int sessions = a.intValue("--sessions", 64, 1, 10_000);
        double seconds = a.longValue("--seconds", 10, 1, 3600);
        double warmup = a.longValue("--warmup", 3, 0, 3600);
        String scenario = a.value("--scenario") == null ? "math/arithmetic" : a.value("--scenario");
        Scenario s = registry.make(scenario, ScenarioConfig.defaults());
        out.printf("gym bench serve: %s, %d sessions, %.0f s after %.0f s warm-up, %d cores%n", scenario, sessions, seconds, warmup,
                Runtime.getRuntime().availableProcessors());
        inProcess(s, warmup);
        double local = inProcess(s, seconds);
        if (local == 0) {
            err.println("gym bench serve: " + scenario + "'s gold answers are not correct by its own rubric; nothing to measure");
            return 1;
        }
        ServerConfig config = new ServerConfig("127.0.0.1", 0, null, sessions, Duration.ofMinutes(10), 1 << 20, Duration.ofSeconds(60));
        try (OpenEnvServer server = OpenEnvServer.start(config, registry)) {
            Load warm = load(server.port(), registry, scenario, sessions, warmup);
            long rssStart = rssBytes(), heapStart = heapAfterGc();
            Load timed = load(server.port(), registry, scenario, sessions, seconds);
            long rssEnd = rssBytes(), heapEnd = heapAfterGc();
            long[] lat = timed.latencies();
            out.printf("%-44s %12s %10s %10s %8s%n", "path", "episodes/s", "p50 ms", "p99 ms", "errors");
            out.printf("%-44s %12.0f %10s %10s %8d%n", "in-process: task + rubric, one thread", local, "-", "-", 0);
            out.printf("%-44s %12.0f %10.2f %10.2f %8d%n", "gym serve: WebSocket reset + step, " + sessions + " sessions",
                    timed.episodes / timed.seconds, pct(lat, 0.50) / 1e6, pct(lat, 0.99) / 1e6, timed.errors + warm.errors);
            out.printf("ratio to in-process: %.4fx; resident memory %s after the warm-up, %s at the end; heap in use after a full GC"
                            + " %s and %s (client and server in one JVM)%n",
                    timed.episodes / timed.seconds / local, mb(rssStart), mb(rssEnd), mb(heapStart), mb(heapEnd));
            return timed.errors + warm.errors == 0 ? 0 : 1;
        }
    }

    /** Gold answers scored per second on one thread, or 0 when one is not correct. */
    private static double inProcess(Scenario s, double seconds) {
        if (seconds <= 0) return 1;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long n = 0;
        double sink = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() < end) {
            Task t = s.task(n++ % s.size());
            RewardResult r = s.rubric().evaluate(t, completion(t));
            if (!r.correct()) return 0;
            double reward = r.total();
            // the prompt is what a session sends; the total is what it reads: both are used, so neither is optimised away
            sink += reward + t.prompt().length();
        }
        blackhole = sink;
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    /** The gold answer as the server scores a bare answer: in a fenced block for code, in answer tags otherwise. */
    private static String completion(Task t) {
        return t.gold() instanceof Gold.Tests ? "```python\n" + t.answer() + "\n```" : "<answer>" + t.answer() + "</answer>";
    }

    private record Load(long episodes, long errors, double seconds, List<long[]> perSession) {
        long[] latencies() {
            return perSession.stream().flatMapToLong(Arrays::stream).filter(x -> x > 0).sorted().toArray();
        }
    }

    private static Load load(int port, ScenarioRegistry registry, String scenario, int sessions, double seconds) throws Exception {
        if (seconds <= 0) return new Load(0, 0, 0, List.of());
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong episodes = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> lat = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long t0 = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            long[] mine = new long[1 << 15];
            lat.add(mine);
            final int seed = i;
            Thread t = new Thread(() -> {
                try {
                    Scenario mirror = registry.make(scenario, ScenarioConfig.defaults().withSeed(seed));
                    long size = Math.min(DATASET_SIZE, mirror.size());
                    Session ws = Session.open(http, port);
                    ws.call("{\"type\":\"reset\",\"data\":{\"dataset_name\":\"" + scenario + "\",\"seed\":" + seed + ",\"size\":"
                            + DATASET_SIZE + "}}");
                    int k = 0;
                    for (long episode = 0; System.nanoTime() < end; episode++) {
                        String step = JSON.writeValueAsString(JSON.createObjectNode().put("type", "step")
                                .set("data", JSON.createObjectNode().put("answer", mirror.task(episode % size).answer())));
                        long s0 = System.nanoTime();
                        JsonNode r = ws.call(step);
                        if (k < mine.length) mine[k++] = System.nanoTime() - s0;
                        if (!"observation".equals(r.path("type").asText()) || !(r.path("data").path("reward").asDouble() > 0)) {
                            errors.incrementAndGet();
                        }
                        episodes.incrementAndGet();
                        if (!"observation".equals(ws.call("{\"type\":\"reset\"}").path("type").asText())) errors.incrementAndGet();
                    }
                    ws.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }, "bench-serve-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) t.join();
        return new Load(episodes.get(), errors.get(), (System.nanoTime() - t0) / 1e9, lat);
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }

    /** Heap in use after a full collection: what the process holds on to, whatever the collector's slack. */
    private static long heapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (Exception ignored) {
            // not Linux: reported as unknown
        }
        return -1;
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "unknown" : (bytes >> 20) + " MiB";
    }

    /** One client session: sends a message and waits for the answer. */
    private static final class Session implements WebSocket.Listener {
        final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        static Session open(HttpClient http, int port) throws Exception {
            Session s = new Session();
            s.socket = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), s).get(30, TimeUnit.SECONDS);
            return s;
        }

        JsonNode call(String message) throws Exception {
            socket.sendText(message, true).get(30, TimeUnit.SECONDS);
            String a = answers.poll(30, TimeUnit.SECONDS);
            if (a == null) throw new IllegalStateException("no answer");
            return JSON.readTree(a);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                answers.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
