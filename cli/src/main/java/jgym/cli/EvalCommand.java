package jgym.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jgym.agents.eval.EvalReport;
import jgym.agents.eval.EvalRun;
import jgym.agents.eval.EvalSample;
import jgym.agents.openai.OpenAiEndpoint;
import jgym.agents.openai.OpenAiPolicy;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.SamplingPolicy;
import jgym.agents.train.Evaluator;
import jgym.agents.train.HeldOutSet;
import jgym.agents.train.TrainRecipe;
import jgym.env.PromptTemplate;
import jgym.env.Scenario;
import jgym.env.ScenarioRegistry;
import jgym.env.Task;
import jgym.env.Tool;
import jgym.scenarios.code.PythonTool;
import jgym.scenarios.Scenarios;

/**
 * {@code gym eval SCENARIO --policy URL|CHECKPOINT}: n samples of each of the first tasks with distinct prompts (as
 * {@code gym train} draws its held-out set), scored by the scenario's rubric; prints pass@1, pass@k (Chen et al.'s
 * unbiased estimator), maj@n, mean reward and length per level; writes every sample as JSONL and resumes from it.
 */
public final class EvalCommand implements Command {
    private static final Options OPTIONS = new Options(ScenarioArgs.with(ScenarioArgs.VALUED, "--policy", "-n", "-k", "--samples", "--temperature", "--top-p", "--max-tokens", "--stop", "--template", "--out", "--model", "--api", "--concurrency", "--api-key-env", "--system", "--tools", "--max-turns", "--spark"),
            Set.of("--vllm"), 1);

    @Override
    public Options options() {
        return OPTIONS;
    }

    private final ScenarioRegistry registry;

    EvalCommand() {
        this(Scenarios.registry());
    }

    EvalCommand(ScenarioRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "pass@k, maj@n and mean reward of a policy (an OpenAI-compatible URL or a checkpoint) on a scenario";
    }

    @Override
    public String usage() {
        return "SCENARIO --policy URL|CHECKPOINT [-n TASKS (default 100)] [-k K (default 1)] [--samples N (default K)]\n"
                + "  [--temperature T] [--top-p P] [--max-tokens M] [--stop S]... [--template plain|question|r1-zero]\n"
                + "  [--out FILE (samples as JSONL; resumed when it exists)] " + ScenarioArgs.USAGE + "\n"
                + "  [--tools python [--max-turns T (default 4)]]: multi-turn: a completion with a Python block and no <answer>\n"
                + "    runs in the sandbox, its output is appended and the policy continues; the whole transcript is scored\n"
                + "  for a URL (http://host:port/v1): [--model NAME] [--api chat|completions (default chat)] [--concurrency C (default 8)]\n"
                + "    [--api-key-env VAR (default OPENAI_API_KEY)] [--system PROMPT] [--vllm (token ids, logprobs, stop strings kept)]\n"
                + "  defaults: greedy (temperature 0) when N is 1, else temperature 0.6 and top-p 0.95 (DeepSeek-R1's evaluation);\n"
                + "  a URL gets the scenario's own prompt (--template plain) and 2048 tokens; a checkpoint the prompt, 80 tokens\n"
                + "  and stop string of gym train (--template question, --stop '</answer>'), so -k 1 reproduces its held-out accuracy\n"
                + "  when given the held-out set's seed\n"
                + "  --spark MASTER: the chunks of tasks are asked from the Spark executors (each opens the policy once; a URL's\n"
                + "    --concurrency is then per executor), the samples collected and scored as here";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = OPTIONS.parse(args);
        if (a.value("--spark") != null) {
            var rest = new java.util.ArrayList<>(args);
            int i = rest.indexOf("--spark");
            if (i >= 0) rest.subList(i, i + 2).clear();
            else rest.removeIf(x -> x.startsWith("--spark="));
            plan(rest, registry, err); // bad arguments are reported here, before Spark starts
            return (int) SparkModule.call("--spark", "jgym.spark.EvalJob", "run",
                    new Class<?>[] {String.class, List.class, PrintStream.class, PrintStream.class}, a.value("--spark"), rest, out, err);
        }
        Plan plan = plan(args, registry, err);
        List<EvalSample> samples;
        try (var policy = plan.open()) {
            out.println("gym eval: " + plan.header());
            samples = plan.run().run(policy.policy(), plan.out(), err);
        }
        out.print(plan.report(samples).table());
        if (plan.out() != null) out.println("samples: " + plan.out());
        return OK;
    }

    /**
     * An evaluation as its arguments describe it, before the policy is opened: what {@code gym eval} runs here and what
     * the spark module's {@code EvalJob} runs one chunk of on each executor (so both ask exactly the same chunks).
     *
     * @param out the samples' JSONL file, or null
     */
    public record Plan(String name, EvalRun run, int samples, List<Integer> ks, String temperatureText, String policyArg,
                       boolean remote, Path out, List<String> args) {
        /** Opens the policy (a checkpoint, or an OpenAI-compatible client); close it when done. */
        public Opened open() throws Exception {
            return policy(OPTIONS.parse(args), policyArg, remote);
        }

        /** What is evaluated, e.g. {@code gsm8k, 100 tasks x 1 samples, temperature 0 (greedy), http://...}. */
        public String header() {
            return name + ", " + run.tasks().size() + " tasks x " + samples + " samples, temperature " + temperatureText + ", "
                    + (remote ? policyArg : "checkpoint " + policyArg);
        }

        /** pass@k, maj@n and mean reward of {@code samples}. */
        public EvalReport report(List<EvalSample> all) {
            return EvalReport.of(all, samples, ks);
        }
    }

    /** The plan of {@code gym eval args} over the built-in scenarios (how the spark module's executors make it). */
    public static Plan plan(List<String> args, PrintStream err) {
        return plan(args, Scenarios.registry(), err);
    }

    static Plan plan(List<String> args, ScenarioRegistry registry, PrintStream err) {
        Args a = OPTIONS.parse(args);
        String name = a.positional(0, "SCENARIO (see gym list)");
        String policyArg = a.require("--policy");
        boolean remote = policyArg.startsWith("http://") || policyArg.startsWith("https://");
        int tasksWanted = a.intValue("-n", 100, 1, 10_000_000);
        int k = a.intValue("-k", 1, 1, 100_000);
        int n = a.intValue("--samples", k, k, 100_000);
        boolean greedy = n == 1;
        double temperature = a.doubleValue("--temperature", greedy ? 0 : 0.6, 0, 2);
        double topP = a.doubleValue("--top-p", greedy ? 1 : 0.95, 1e-9, 1);
        int maxTokens = a.intValue("--max-tokens", remote ? 2048 : TrainRecipe.defaults().maxNewTokens(), 1, 1_000_000);
        List<String> stop = a.values("--stop").isEmpty() && !remote ? TrainRecipe.STOP_STRINGS : a.values("--stop");
        PromptTemplate template = template(a.value("--template") != null ? a.value("--template") : remote ? "plain" : "question");
        var sampling = new SamplingConfig(maxTokens, temperature == 0 ? Evaluator.GREEDY_TEMPERATURE : temperature, topP, stop);

        Scenario scenario = registry.make(name, ScenarioArgs.config(a));

        List<Task> tasks = tasks(scenario, tasksWanted, err);
        var sc = ScenarioArgs.config(a);
        String about = name + " seed=" + sc.seed() + " level=" + sc.level() + " data=" + sc.data() + " options="
                + new java.util.TreeMap<>(sc.options()) + " template=" + (a.value("--template") == null ? "default" : a.value("--template"))
                + " policy=" + policyArg;
        Tool tool = null;
        if (a.value("--tools") != null) {
            if (!a.value("--tools").equals("python")) throw new UsageException("--tools: the one tool is python, got " + a.value("--tools"));
            tool = PythonTool.shared();
        }
        int maxTurns = a.intValue("--max-turns", 4, 0, 64);
        if (tool == null && a.value("--max-turns") != null) throw new UsageException("--max-turns needs --tools python");
        var settings = new EvalRun.Settings(n, sampling, template, sc.seed(), about, tool, tool == null ? 0 : maxTurns);
        Path outFile = a.value("--out") == null ? null : Path.of(a.value("--out"));
        List<Integer> ks = k == 1 ? List.of(1) : List.of(1, k);
        return new Plan(name, new EvalRun(tasks, scenario.rubric(), settings), n, ks,
                temperature == 0 ? "0 (greedy)" : String.valueOf(temperature), policyArg, remote, outFile, List.copyOf(args));
    }

    /** A policy and what must be closed after it. */
    public record Opened(SamplingPolicy policy, AutoCloseable resource) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (resource != null) resource.close();
        }
    }

    private static Opened policy(Args a, String policyArg, boolean remote) throws Exception {
        if (!remote) {
            for (String only : List.of("--model", "--api", "--concurrency", "--api-key-env", "--system")) {
                if (a.value(only) != null) throw new UsageException(only + " applies to a URL --policy only");
            }
            return new Opened(Checkpoints.load(Path.of(policyArg), "--policy"), null);
        }
        String keyVar = a.value("--api-key-env") == null ? "OPENAI_API_KEY" : a.value("--api-key-env");
        String key = System.getenv(keyVar);
        OpenAiEndpoint.Api api = switch (a.value("--api") == null ? "chat" : a.value("--api")) {
            case "chat" -> OpenAiEndpoint.Api.CHAT;
            case "completions" -> OpenAiEndpoint.Api.COMPLETIONS;
            default -> throw new UsageException("--api must be chat or completions, got " + a.value("--api"));
        };
        URI url;
        try {
            url = URI.create(policyArg);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--policy: not a URL: " + policyArg);
        }
        var endpoint = new OpenAiEndpoint(url, a.value("--model") == null ? ServePolicyCommand.DEFAULT_MODEL : a.value("--model"),
                api, key == null || key.isBlank() ? null : key, a.value("--system"), a.intValue("--concurrency", 8, 1, 4096), 5,
                Duration.ofSeconds(600), a.flag("--vllm"));
        var p = new OpenAiPolicy(endpoint);
        return new Opened(p, p);
    }

    static PromptTemplate template(String name) {
        return switch (name) {
            case "plain" -> PromptTemplate.PLAIN;
            case "question" -> PromptTemplate.QUESTION_ONLY;
            case "r1-zero" -> PromptTemplate.R1_ZERO;
            default -> throw new UsageException("--template must be plain, question or r1-zero, got " + name);
        };
    }

    /** The first {@code wanted} tasks with distinct prompts (all a small dataset has). */
    private static List<Task> tasks(Scenario scenario, int wanted, PrintStream err) {
        long size = scenario.size();
        if (size < wanted) {
            err.println("gym eval: " + scenario.name() + " has " + size + " tasks; evaluating those");
            wanted = (int) size;
        }
        if (wanted < 1) throw new UsageException("-n: the scenario has no tasks");
        try {
            return new ArrayList<>(HeldOutSet.draw(scenario, wanted).tasks());
        } catch (IllegalArgumentException e) {
            throw new UsageException("-n: " + e.getMessage().replaceFirst("^size: ", ""));
        }
    }
}
