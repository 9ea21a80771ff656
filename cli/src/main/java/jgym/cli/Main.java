package jgym.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jgym.env.DatasetException;
import jgym.env.DidYouMean;
import jgym.env.GymException;
import jgym.env.UnknownScenarioException;

/**
 * The {@code gym} command line: picks a {@link Command} by its name and maps what goes wrong to an exit code.
 *
 * <p>Exit codes: 0 done, 1 bad data (the file and line are named), 2 bad arguments (the usage is printed).
 * Commands and benchmarks are registered explicitly in {@link #commands()} and {@link #benchmarks()}.
 */
public final class Main {
    private Main() {}

    /** Every benchmark that {@code gym bench NAME} can run; add yours here. */
    static List<Benchmark> benchmarks() {
        return List.of(
                new TasksBenchmark(),
                new SandboxBenchmark(),
                new TrainBenchmark(),
                new ServeBenchmark(),
                new VerifyBenchmark(),
                new SparkBenchmark());
    }

    /** Every command, in the order {@code gym help} lists them; add yours here. */
    static List<Command> commands() {
        List<Command> commands = List.of(
                new ListCommand(),
                new SampleCommand(),
                new ScoreCommand(),
                new PretrainCommand(),
                new TrainCommand(),
                new PipelineCommand(),
                new CheckCommand(),
                new EvalCommand(),
                new ServeCommand(),
                new ServePolicyCommand(),
                new BenchCommand(benchmarks()));
        var all = new java.util.ArrayList<>(commands);
        all.add(new CompletionCommand(commands));
        return List.copyOf(all);
    }

    /** The global option that turns logging up: jgym's own lines at debug, libraries' at info. */
    static final String VERBOSE = "--verbose";

    public static void main(String[] args) {
        List<String> rest = Arrays.asList(args);
        if (!rest.isEmpty() && rest.get(0).equals(VERBOSE)) {
            // slf4j-simple reads these once, when the first logger is made; system properties override the file's
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.jgym", "debug");
            rest = rest.subList(1, rest.size());
        }
        // java.util.logging (GraalVM's polyglot engine and others) through SLF4J too: one logging system, one format
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        // JSONL is UTF-8 whatever the locale: the platform encoding of System.out may be ASCII and would print '?'.
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(rest, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs {@code gym args...} in this process, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(commands(), args, out, err);
    }

    /** Runs {@code gym args...} with {@code commands} instead of the built-in ones (how tests plug in a registry). */
    static int run(List<Command> commands, List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            printHelp(commands, err);
            return Command.USAGE;
        }
        String name = args.get(0);
        if (name.equals("help") || name.equals("-h") || name.equals("--help")) {
            if (args.size() > 1) {
                Optional<Command> c = find(commands, args.get(1));
                if (c.isPresent()) {
                    out.println("usage: gym " + c.get().name() + " " + c.get().usage());
                    out.println("  " + c.get().summary());
                    Options o = c.get().options();
                    var names = new java.util.TreeSet<String>(o.valued());
                    names.addAll(o.flags());
                    if (!names.isEmpty()) out.println("  options: " + String.join(" ", names));
                    return Command.OK;
                }
            }
            printHelp(commands, out);
            return Command.OK;
        }
        Optional<Command> command = find(commands, name);
        if (command.isEmpty()) {
            err.println("gym: unknown command '" + name + "'" + DidYouMean.clause(name, commands.stream().map(Command::name).toList()));
            printHelp(commands, err);
            return Command.USAGE;
        }
        return execute(command.get().name(), command.get().usage(), args.subList(1, args.size()), out, err,
                command.get()::run);
    }

    /** The body of a command or benchmark, as a function of its arguments. */
    @FunctionalInterface
    interface Body {
        int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
    }

    /** Runs {@code body}, turning every failure a user can act on into a message and an exit code. */
    static int execute(String name, String usage, List<String> args, PrintStream out, PrintStream err, Body body) {
        try {
            return body.run(args, out, err);
        } catch (UsageException e) {
            if (e.isHelp()) {
                out.println("usage: gym " + name + " " + usage);
                return Command.OK;
            }
            err.println("gym " + name + ": " + e.getMessage());
            err.println("usage: gym " + name + " " + usage);
            return Command.USAGE;
        } catch (UnknownScenarioException e) {
            err.println("gym " + name + ": " + e.getMessage());
            return Command.USAGE;
        } catch (DatasetException e) {
            err.println("gym " + name + ": bad data: " + e.getMessage());
            return Command.BAD_DATA;
        } catch (GymException e) {
            err.println("gym " + name + ": " + e.getMessage());
            return Command.BAD_DATA;
        } catch (IllegalArgumentException e) {
            err.println("gym " + name + ": " + e.getMessage());
            err.println("usage: gym " + name + " " + usage);
            return Command.USAGE;
        } catch (UncheckedIOException e) {
            err.println("gym " + name + ": " + e.getCause().getMessage());
            return Command.BAD_DATA;
        } catch (IOException e) {
            err.println("gym " + name + ": " + e.getMessage());
            return Command.BAD_DATA;
        } catch (Exception e) {
            err.println("gym " + name + ": internal error: " + e);
            e.printStackTrace(err);
            return Command.BAD_DATA;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Optional<Command> find(List<Command> commands, String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static void printHelp(List<Command> commands, PrintStream to) {
        to.println("usage: gym [--verbose] COMMAND [ARGS...]   (gym help COMMAND, or gym COMMAND --help, for its arguments)");
        to.println();
        to.println("commands:");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(8);
        for (Command c : commands) to.printf("  %-" + width + "s %s%n", c.name(), c.summary());
        to.println();
        to.println("exit codes: 0 done, 1 bad data (file and line named), 2 bad arguments");
    }

}
