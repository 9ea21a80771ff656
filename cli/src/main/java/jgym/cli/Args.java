package jgym.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * Parsed command-line arguments: positionals in order, and options that take a value ({@code --seed 7},
 * {@code --seed=7}, repeatable) or none ({@code --verbose}). The parsing is picocli's ({@link #parse}).
 *
 * <p>Every problem is a {@link UsageException} naming the option and the value given; {@code -h} and {@code --help}
 * anywhere raise {@link UsageException#help()}. A lone {@code --} ends the options.
 */
public final class Args {
    private final List<String> positional;
    private final Map<String, List<String>> values;
    private final Set<String> flags;

    private Args(List<String> positional, Map<String, List<String>> values, Set<String> flags) {
        this.positional = List.copyOf(positional);
        this.values = values;
        this.flags = Set.copyOf(flags);
    }

    /**
     * Parses {@code args} with picocli: {@code --name value}, {@code --name=value}, short options ({@code -n 5}), a lone
     * {@code --} ending the options, no {@code @file} expansion; errors are reworded as {@link UsageException}s that
     * name the option.
     *
     * @param valued names of the options that take a value, with their dashes (e.g. {@code "-n"}, {@code "--seed"})
     * @param flags  names of the options that take none
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags) {
        for (String a : args) {
            if (a.equals("--")) break;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0 && flags.contains(a.substring(0, eq))) {
                throw new UsageException("option " + a.substring(0, eq) + " takes no value, got '" + a.substring(eq + 1) + "'");
            }
        }
        CommandLine.ParseResult r;
        try {
            r = new CommandLine(spec("gym", valued, flags)).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.UnmatchedArgumentException e) {
            var known = new java.util.TreeSet<String>(valued);
            known.addAll(flags);
            String name = e.getUnmatched().get(0);
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) name = name.substring(0, eq);
            throw new UsageException("unknown option " + name + (known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")"));
        } catch (CommandLine.MissingParameterException e) {
            throw new UsageException("option " + e.getMissing().get(0).paramLabel() + " needs a value");
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        if (r.isUsageHelpRequested()) throw UsageException.help();
        var values = new LinkedHashMap<String, List<String>>();
        var seen = new java.util.HashSet<String>();
        for (CommandLine.Model.OptionSpec o : new java.util.LinkedHashSet<>(r.matchedOptions())) {
            if (valued.contains(o.longestName())) values.put(o.longestName(), List.copyOf(o.stringValues()));
            else if (flags.contains(o.longestName())) seen.add(o.longestName());
        }
        var positional = new ArrayList<String>();
        for (CommandLine.Model.PositionalParamSpec p : new java.util.LinkedHashSet<>(r.matchedPositionals())) positional.addAll(p.stringValues());
        return new Args(positional, values, seen);
    }

    /**
     * The picocli model of a command taking {@code valued} and {@code flags} options and any positional arguments, one
     * option per name (so {@code -n} and {@code --n} stay distinct), plus {@code -h}/{@code --help}.
     */
    static CommandLine.Model.CommandSpec spec(String name, Set<String> valued, Set<String> flags) {
        var spec = CommandLine.Model.CommandSpec.create().name(name);
        spec.parser().expandAtFiles(false).unmatchedOptionsArePositionalParams(false);
        for (String v : new java.util.TreeSet<>(valued)) {
            spec.addOption(CommandLine.Model.OptionSpec.builder(v).arity("1").paramLabel(v).type(List.class)
                    .auxiliaryTypes(String.class).build());
        }
        for (String f : new java.util.TreeSet<>(flags)) {
            spec.addOption(CommandLine.Model.OptionSpec.builder(f).arity("0").type(boolean.class).build());
        }
        spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true).build());
        spec.addPositional(CommandLine.Model.PositionalParamSpec.builder().arity("0..*").type(List.class).auxiliaryTypes(String.class).build());
        return spec;
    }

    /** The positional arguments, in order. */
    public List<String> positional() {
        return positional;
    }

    /** Positional argument {@code index}, named {@code what} in the error when it is missing. */
    public String positional(int index, String what) {
        if (index >= positional.size()) throw new UsageException("missing " + what);
        return positional.get(index);
    }

    /** Rejects more than {@code max} positional arguments. */
    public Args atMostPositional(int max) {
        if (positional.size() > max) {
            throw new UsageException("unexpected argument '" + positional.get(max) + "'");
        }
        return this;
    }

    /** True when flag {@code name} was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The last value of option {@code name}, or null when absent. */
    public String value(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    /** Every value of option {@code name}, in order; empty when absent. */
    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The value of option {@code name}, which must be given. */
    public String require(String name) {
        String v = value(name);
        if (v == null) throw new UsageException("option " + name + " is required");
        return v;
    }

    /** Option {@code name} as a long in [{@code min}, {@code max}], or {@code fallback} when absent. */
    public long longValue(String name, long fallback, long min, long max) {
        String raw = value(name);
        if (raw == null) return fallback;
        long v;
        try {
            v = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " must be an integer, got '" + raw + "'");
        }
        if (v < min || v > max) throw new UsageException("option " + name + " must be in [" + min + ", " + max + "], got " + v);
        return v;
    }

    /** Option {@code name} as an int in [{@code min}, {@code max}], or {@code fallback} when absent. */
    public int intValue(String name, int fallback, int min, int max) {
        return (int) longValue(name, fallback, min, max);
    }

    /** Option {@code name} as a double in [{@code min}, {@code max}], or {@code fallback} when absent. */
    public double doubleValue(String name, double fallback, double min, double max) {
        String raw = value(name);
        if (raw == null) return fallback;
        double v;
        try {
            v = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " must be a number, got '" + raw + "'");
        }
        if (!(v >= min && v <= max)) throw new UsageException("option " + name + " must be in [" + min + ", " + max + "], got " + raw);
        return v;
    }

    /** Option {@code name} as a path to a readable file (or pipe; not a directory), or null when absent. */
    public Path existingFile(String name) {
        String raw = value(name);
        if (raw == null) return null;
        Path p = Path.of(raw);
        if (!Files.exists(p)) throw new UsageException("option " + name + ": no such file '" + raw + "'");
        if (Files.isDirectory(p)) throw new UsageException("option " + name + ": '" + raw + "' is a directory");
        if (!Files.isReadable(p)) throw new UsageException("option " + name + ": cannot read '" + raw + "'");
        return p;
    }

    /** The values of repeatable option {@code name}, each {@code key=value}, as a map (a later key wins). */
    public Map<String, String> keyValues(String name) {
        var m = new LinkedHashMap<String, String>();
        for (String kv : values(name)) {
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new UsageException("option " + name + " must look like key=value, got '" + kv + "'");
            m.put(kv.substring(0, eq).trim(), kv.substring(eq + 1));
        }
        return m;
    }
}
