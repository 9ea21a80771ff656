package jgym.agents.rl4j;

import java.util.Objects;

/**
 * The discrete actions of a {@link TokenMdp}: action {@code i < chars.length()} appends character {@code chars[i]};
 * with {@code withStop}, the extra last action ends the completion.
 *
 * @param chars    the characters the agent may write, distinct, at least one
 * @param withStop whether action {@code chars.length()} is a stop action (otherwise completions end at the length cap)
 */
public record ActionAlphabet(String chars, boolean withStop) {
    public ActionAlphabet {
        Objects.requireNonNull(chars, "chars");
        if (chars.isEmpty()) throw new IllegalArgumentException("chars must not be empty");
        if (chars.chars().distinct().count() != chars.length()) {
            throw new IllegalArgumentException("chars must be distinct, got '" + chars + "'");
        }
    }

    /** The ten decimal digits, with a stop action. */
    public static ActionAlphabet digitsWithStop() {
        return new ActionAlphabet("0123456789", true);
    }

    /** Number of actions: one per character, plus one for stop. */
    public int size() {
        return chars.length() + (withStop ? 1 : 0);
    }

    /** Whether {@code action} is the stop action. */
    public boolean isStop(int action) {
        check(action);
        return withStop && action == chars.length();
    }

    /** The character action {@code action} writes. */
    public char charOf(int action) {
        check(action);
        if (isStop(action)) throw new IllegalArgumentException("action " + action + " is the stop action, not a character");
        return chars.charAt(action);
    }

    private void check(int action) {
        if (action < 0 || action >= size()) throw new IllegalArgumentException("action must be in [0, " + size() + "), got " + action);
    }
}
