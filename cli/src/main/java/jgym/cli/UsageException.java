package jgym.cli;

/**
 * Bad command-line arguments, or a request for help: the caller prints the message and the usage, and exits with
 * code 2 ({@link Command#USAGE}), or 0 when help was asked for.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean help;

    /** @param message what is wrong with the arguments, naming the option and the value given */
    public UsageException(String message) {
        this(message, false);
    }

    private UsageException(String message, boolean help) {
        super(message);
        this.help = help;
    }

    /** The user asked for help ({@code -h} or {@code --help}): print the usage and exit 0. */
    public static UsageException help() {
        return new UsageException("help requested", true);
    }

    /** True when this is a request for help rather than an error. */
    public boolean isHelp() {
        return help;
    }
}
