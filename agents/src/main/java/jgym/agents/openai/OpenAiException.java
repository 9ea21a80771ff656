package jgym.agents.openai;

import jgym.env.GymException;

/** A request to an OpenAI-compatible server failed for good: a 4xx, or a 429/5xx/timeout after every retry. */
public final class OpenAiException extends GymException {
    /** The HTTP status of the last answer, or 0 when no answer came (timeout, connection refused). */
    private final int status;

    public OpenAiException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
