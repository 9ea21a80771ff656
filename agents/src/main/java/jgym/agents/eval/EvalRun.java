package jgym.agents.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jgym.agents.metrics.ProgressBar;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.SamplingPolicy;
import jgym.agents.rl.Rollout;
import jgym.agents.rl.RolloutBatch;
import jgym.agents.rl.RolloutConfig;
import jgym.env.Budget;
import jgym.env.DatasetException;
import jgym.env.PromptTemplate;
import jgym.env.ReasoningEnv;
import jgym.env.RewardResult;
import jgym.env.Rubric;
import jgym.env.Scenario;
import jgym.env.Seeds;
import jgym.env.Task;
import jgym.env.Tool;
import jgym.rewards.AnswerExtractor;
import jgym.rewards.Extraction;

/**
 * {@code gym eval}: n samples of every task from a {@link SamplingPolicy}, each scored by the scenario's rubric and
 * written as a JSONL line ({@link EvalSample}), then pass@k, maj@n and mean reward per level ({@link EvalReport}).
 *
 * <p>Tasks are asked in fixed chunks of {@code max(1, 64 / n)} tasks, chunk {@code c} sampled with seed
 * {@code Seeds.mix(seed, c)}, and a chunk's lines are written together once it is scored. Started again on the same
 * file with the same settings, the run keeps every complete chunk and asks only the rest, so a resumed run writes the
 * lines an uninterrupted one would (for a policy that honours its seed). A last line cut by a kill is dropped; any other
 * line that cannot be read is an error naming the file, line and field.
 *
 * @param settings how to sample; {@code settings.describe()} goes into every line as {@code run}
 */
public record EvalRun(List<Task> tasks, Rubric rubric, Settings settings) {
    /** Prompts per call to the policy. */
    static final int PROMPTS_PER_CALL = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How to sample.
     *
     * @param samples  n, samples per task, >= 1
     * @param sampling how each sample is decoded
     * @param template how a task becomes the prompt
     * @param seed     every chunk's seed derives from it
     * @param about    what else the lines depend on (scenario, policy): part of {@link #describe()}
     * @param tool     a tool the policy may call between answers (multi-turn episodes), or null for single-turn
     * @param maxTurns most tool calls per sample, >= 0; a further call ends the episode as truncated, scored as it is
     */
    public record Settings(int samples, SamplingConfig sampling, PromptTemplate template, long seed, String about, Tool tool,
                           int maxTurns) {
        public Settings {
            if (samples < 1) throw new IllegalArgumentException("samples must be >= 1, got " + samples);
            Objects.requireNonNull(sampling, "sampling");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(about, "about");
            if (maxTurns < 0) throw new IllegalArgumentException("maxTurns must be >= 0, got " + maxTurns);
        }

        /** Single-turn settings. */
        public Settings(int samples, SamplingConfig sampling, PromptTemplate template, long seed, String about) {
            this(samples, sampling, template, seed, about, null, 0);
        }

        /** The settings as text, equal for equal settings. */
        public String describe() {
            return about + " n=" + samples + " seed=" + seed + " max_tokens=" + sampling.maxNewTokens() + " temperature="
                    + sampling.temperature() + " top_p=" + sampling.topP() + " stop=" + sampling.stopStrings()
                    + (tool == null ? "" : " tool_turns=" + maxTurns);
        }
    }

    public EvalRun {
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) throw new IllegalArgumentException("tasks must not be empty");
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(settings, "settings");
    }

    /** Tasks per chunk. */
    int chunkSize() {
        return Math.max(1, PROMPTS_PER_CALL / settings.samples());
    }

    /** How many chunks the tasks make. */
    public int chunks() {
        return (tasks.size() + chunkSize() - 1) / chunkSize();
    }

    /**
     * The samples of chunk {@code c} alone, exactly as {@link #run} asks and scores it (its seed is
     * {@code Seeds.mix(seed, c)}): how a distributed run (the spark module) splits the work.
     */
    public List<EvalSample> chunk(SamplingPolicy policy, int c) {
        if (c < 0 || c >= chunks()) throw new IllegalArgumentException("chunk must be in [0, " + chunks() + "), got " + c);
        return ask(policy, tasks.subList(c * chunkSize(), Math.min(tasks.size(), (c + 1) * chunkSize())), c, settings.describe());
    }

    /**
     * Runs the evaluation, resuming from {@code out} when it holds lines of the same settings.
     *
     * @param out      the JSONL of samples, or null to keep them in memory only
     * @param progress where the progress bar goes, or null for none
     * @return every sample, in task order
     */
    public List<EvalSample> run(SamplingPolicy policy, Path out, PrintStream progress) throws IOException {
        String run = settings.describe();
        Map<Integer, List<EvalSample>> done = out == null ? new LinkedHashMap<>() : resume(out, run);
        int chunks = (tasks.size() + chunkSize() - 1) / chunkSize();
        ProgressBar bar = progress == null ? null : new ProgressBar(progress, "eval", tasks.size(), ProgressBar.detectMode(),
                Math.max(1, tasks.size() / 10), System::nanoTime);
        var all = new ArrayList<EvalSample>();
        int finished = 0, correct = 0;
        double reward = 0;
        long chars = 0, start = System.nanoTime();
        try (BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (int c = 0; c < chunks; c++) {
                List<Task> chunk = tasks.subList(c * chunkSize(), Math.min(tasks.size(), (c + 1) * chunkSize()));
                List<EvalSample> lines = done.get(c);
                if (lines == null || lines.size() != chunk.size() * settings.samples()) {
                    lines = ask(policy, chunk, c, run);
                    if (w != null) {
                        var text = new StringBuilder();
                        for (EvalSample s : lines) text.append(JSON.writeValueAsString(s.json())).append('\n');
                        w.write(text.toString());
                        w.flush();
                    }
                }
                all.addAll(lines);
                finished += chunk.size();
                for (EvalSample s : lines) {
                    reward += s.reward();
                    chars += s.completion().length();
                    if (s.correct()) correct++;
                }
                if (bar != null) {
                    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
                    int n = finished * settings.samples();
                    bar.update(finished, reward / n, (double) correct / n, chars / seconds);
                }
            }
        }
        if (bar != null) bar.finish();
        return all;
    }

    /**
     * n samples of each task of {@code chunk} through the one rollout route: a {@link ReasoningEnv} per sample (with
     * the tool, a budget of {@code maxTurns} calls and the answer), scored by the env on the last turn.
     */
    private List<EvalSample> ask(SamplingPolicy policy, List<Task> chunk, int c, String run) {
        int n = settings.samples();
        Scenario scenario = Scenario.of("eval", chunk, rubric);
        Budget budget = settings.tool() == null ? Budget.singleTurn() : Budget.turns(settings.maxTurns() + 1);
        var rollout = new Rollout(() -> new ReasoningEnv(scenario, rubric, budget, settings.tool(), settings.template()),
                new RolloutConfig(n, chunk.size(), settings.sampling(), settings.template()), settings.seed());
        RolloutBatch batch = rollout.collect(policy, chunk, Seeds.mix(settings.seed(), c));
        var out = new ArrayList<EvalSample>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Task t = chunk.get(i / n);
            String completion = batch.sample(i).text();
            RewardResult r = batch.reward(i);
            out.add(new EvalSample(run, c, t.id(), t.level(), i % n, completion, r.total(), r.correct(), voteKey(completion),
                    batch.truncated()[i], r.reason(), batch.toolCalls(i)));
        }
        return out;
    }

    /** The answer a completion states for majority voting: its one final answer with whitespace collapsed, or null. */
    static String voteKey(String completion) {
        if (!(AnswerExtractor.extract(completion) instanceof Extraction.Found f)) return null;
        String first = null;
        for (String a : f.answers()) {
            String key = a.strip().replaceAll("\\s+", " ");
            if (first == null) first = key;
            else if (!first.equals(key)) return null;
        }
        return first == null || first.isEmpty() ? null : first;
    }

    /**
     * The complete chunks {@code out} holds; the file is rewritten without the lines of incomplete chunks and without a
     * last line cut by a kill, so appending continues it.
     */
    private Map<Integer, List<EvalSample>> resume(Path out, String run) throws IOException {
        var chunks = new LinkedHashMap<Integer, List<EvalSample>>();
        if (!Files.exists(out)) return chunks;
        String text = Files.readString(out, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        int last = lines.length - 1; // the text after the final newline: empty unless a write was cut
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                if (i == last) break; // a line cut by a kill
                throw new DatasetException(out, i + 1, null, "not JSON: " + e.getOriginalMessage());
            }
            EvalSample s;
            try {
                s = EvalSample.of(node);
            } catch (EvalSample.BadField e) {
                throw new DatasetException(out, i + 1, e.field, e.getMessage());
            }
            if (!s.run().equals(run)) {
                throw new DatasetException(out, i + 1, "run", "these samples are of another evaluation (" + s.run()
                        + "), not of this one (" + run + "); use another --out or delete the file");
            }
            chunks.computeIfAbsent(s.chunk(), k -> new ArrayList<>()).add(s);
        }
        int size = chunkSize();
        chunks.entrySet().removeIf(e -> {
            int from = e.getKey() * size;
            int expected = from >= tasks.size() ? -1 : (Math.min(tasks.size(), from + size) - from) * settings.samples();
            return e.getValue().size() != expected || !sameTasks(e.getValue(), from);
        });
        var keep = new StringBuilder();
        for (List<EvalSample> c : chunks.values()) for (EvalSample s : c) keep.append(JSON.writeValueAsString(s.json())).append('\n');
        if (!keep.toString().equals(text)) {
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            Files.writeString(tmp, keep.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return chunks;
    }

    /** Whether a stored chunk's lines are of the tasks this run has at those places. */
    private boolean sameTasks(List<EvalSample> lines, int from) {
        for (int j = 0; j < lines.size(); j++) {
            int i = from + j / settings.samples();
            if (i >= tasks.size() || !tasks.get(i).id().equals(lines.get(j).taskId())) return false;
        }
        return true;
    }
}
