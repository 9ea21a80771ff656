package jgym.agents.rl;

import java.util.Arrays;
import jgym.agents.policy.Sample;
import jgym.agents.policy.Tokenizer;

/**
 * One episode's completion as it grows turn by turn: the policy's turns and, between them, the tools' outputs, as the
 * text the policy reads next and as the tokens a trainer scores. Tokens the policy wrote carry their sampling
 * log-probability; a tool's tokens carry 0 and are marked not written, so they never count in a loss.
 *
 * <p>A turn the env continues loses a final end-of-sequence token: the next turn was sampled after the turn's text and
 * the tool's output, with no end-of-sequence between them, so the trained sequence holds exactly what the policy was
 * conditioned on (exact for a tokenizer that encodes text piece by piece, as the character tokenizer does). A tool's
 * output waits as pending until the next turn is sampled; if it would fill the policy's context it is dropped, and
 * the next turn is the empty answer.
 */
final class Transcript {
    /** How a tool's output joins the transcript: on its own lines between the policy's turns. */
    static String toolTurn(String output) {
        return "\n" + output + "\n";
    }

    private final String prompt;
    private final StringBuilder text = new StringBuilder();
    private int[] tokens = new int[0];
    private float[] logProbs = new float[0];
    private boolean[] written = new boolean[0];
    private String pending;
    private int toolCalls;
    private boolean truncated;

    Transcript(String prompt) {
        this.prompt = prompt;
    }

    /** What the policy continues from: the prompt, everything written so far and a pending tool output. */
    String context() {
        return pending == null ? prompt + text : prompt + text + pending;
    }

    /** Whether a tool's output waits for the next turn. */
    boolean hasPending() {
        return pending != null;
    }

    /**
     * Makes the pending tool output part of the transcript (its tokens not written by the policy); with no tokenizer
     * (a remote model that reports no tokens) its text only.
     */
    void commitPending(Tokenizer tok) {
        int[] pieceTokens = tok == null ? new int[0] : tok.encode(pending);
        int from = tokens.length;
        append(pending, pieceTokens, new float[pieceTokens.length], pieceTokens.length);
        Arrays.fill(written, from, written.length, false);
        pending = null;
    }

    /** Forgets the pending tool output: the policy will not read it (its context is full). */
    void dropPending() {
        pending = null;
    }

    /** Appends the policy's last turn, which ended the episode. */
    void finish(Sample turn, boolean cut) {
        append(turn.text(), turn.tokens(), turn.logProbs(), turn.tokens().length);
        truncated = turn.truncated() || cut;
    }

    /**
     * Appends a turn the env answered with a tool output; the output waits as pending. The next turn reads this turn
     * as text, so a turn whose tokens are not its text's encoding (a special token drawn inside it, such as padding,
     * which decodes to nothing) joins as its text's tokens, not written by the policy: they are what the next turn was
     * conditioned on, but no sampled log-probability belongs to them. With no tokenizer (a remote model) the turn joins
     * as the sample gave it.
     */
    void continueWith(Sample turn, String toolOutput, Tokenizer tok) {
        int[] t = turn.tokens();
        if (tok == null) {
            append(turn.text(), t, turn.logProbs(), t.length);
            pending = toolTurn(toolOutput);
            toolCalls++;
            return;
        }
        int kept = t.length > 0 && t[t.length - 1] == tok.eosId() ? t.length - 1 : t.length;
        int[] asText = tok.encode(turn.text());
        if (Arrays.equals(t, 0, kept, asText, 0, asText.length)) {
            append(turn.text(), t, turn.logProbs(), kept);
        } else {
            int from = tokens.length;
            append(turn.text(), asText, new float[asText.length], asText.length);
            Arrays.fill(written, from, written.length, false);
        }
        pending = toolTurn(toolOutput);
        toolCalls++;
    }

    private void append(String s, int[] t, float[] lp, int n) {
        text.append(s);
        int from = tokens.length;
        tokens = Arrays.copyOf(tokens, from + n);
        logProbs = Arrays.copyOf(logProbs, from + n);
        written = Arrays.copyOf(written, from + n);
        System.arraycopy(t, 0, tokens, from, n);
        System.arraycopy(lp, 0, logProbs, from, n);
        Arrays.fill(written, from, from + n, true);
    }

    /** The whole completion as one sample: every turn and tool output, truncated if the last turn was. */
    Sample sample() {
        return new Sample(text.toString(), tokens, logProbs, truncated);
    }

    boolean[] written() {
        return written;
    }

    int toolCalls() {
        return toolCalls;
    }
}
