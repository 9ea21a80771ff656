package jgym.server.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One choice of an answer, as OpenAI reports it: the stop string that ended it is cut from the text (and its tokens)
 * unless vLLM's {@code include_stop_str_in_output} asks to keep it, and named in {@code stop_reason} as vLLM does.
 *
 * @param finishReason {@code stop} (a stop string or the end-of-sequence token) or {@code length}
 * @param stopReason   the stop string that ended the completion, or null
 * @param generated    tokens the model generated, the cut stop string's among them (what {@code usage} counts)
 */
record Choice(int index, String text, List<String> tokens, int[] tokenIds, float[] logProbs, String finishReason, String stopReason,
              int generated) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Choice of(int index, Generator.Generation g, List<String> stop, boolean includeStop) {
        String text = g.text();
        List<String> tokens = g.tokens();
        int keep = tokens.size();
        String stopReason = null;
        if (!g.truncated()) {
            for (String s : stop) {
                if (!text.endsWith(s)) continue;
                stopReason = s;
                if (!includeStop) {
                    text = text.substring(0, text.length() - s.length());
                    for (int cut = 0; keep > 0 && cut < s.length(); ) cut += tokens.get(--keep).length();
                }
                break;
            }
        }
        return new Choice(index, text, new ArrayList<>(tokens.subList(0, keep)), Arrays.copyOf(g.tokenIds(), keep),
                Arrays.copyOf(g.logProbs(), keep), g.truncated() ? "length" : "stop", stopReason, tokens.size());
    }

    /** The pieces a stream sends: each token's text when they spell the text exactly, else the whole text at once. */
    List<String> pieces() {
        return String.join("", tokens).equals(text) ? tokens : List.of(text);
    }

    /** The non-streamed choice object. */
    ObjectNode json(boolean chat, boolean logprobs, boolean tokenIds) {
        ObjectNode c = JSON.createObjectNode();
        c.put("index", index);
        if (chat) {
            c.putObject("message").put("role", "assistant").put("content", text);
        } else {
            c.put("text", text);
        }
        if (logprobs) c.set("logprobs", logprobs(chat, 0, tokens.size()));
        else c.putNull("logprobs");
        c.put("finish_reason", finishReason);
        if (stopReason == null) c.putNull("stop_reason");
        else c.put("stop_reason", stopReason);
        if (tokenIds) {
            ArrayNode ids = c.putArray("token_ids");
            for (int id : this.tokenIds) ids.add(id);
        }
        return c;
    }

    /** OpenAI's logprobs object for tokens {@code from} to {@code to}. */
    ObjectNode logprobs(boolean chat, int from, int to) {
        ObjectNode lp = JSON.createObjectNode();
        if (chat) {
            ArrayNode content = lp.putArray("content");
            for (int i = from; i < to; i++) {
                ObjectNode t = content.addObject();
                t.put("token", tokens.get(i));
                t.put("logprob", logProbs[i]);
                ArrayNode bytes = t.putArray("bytes");
                for (byte b : tokens.get(i).getBytes(StandardCharsets.UTF_8)) bytes.add(b & 0xff);
                t.putArray("top_logprobs");
            }
        } else {
            ArrayNode toks = lp.putArray("tokens"), lps = lp.putArray("token_logprobs"), offsets = lp.putArray("text_offset");
            int offset = 0;
            for (int i = 0; i < from; i++) offset += tokens.get(i).length();
            for (int i = from; i < to; i++) {
                toks.add(tokens.get(i));
                lps.add(logProbs[i]);
                offsets.add(offset);
                offset += tokens.get(i).length();
            }
            lp.putNull("top_logprobs");
        }
        return lp;
    }
}
