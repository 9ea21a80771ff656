package jgym.env;

/** Base of the errors a user can act on: an unknown scenario, a bad dataset row, a sandbox refusal. */
public class GymException extends RuntimeException {
    public GymException(String message) {
        super(message);
    }

    public GymException(String message, Throwable cause) {
        super(message, cause);
    }
}
