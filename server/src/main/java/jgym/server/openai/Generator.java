package jgym.server.openai;

import java.util.List;

/**
 * The model behind {@link OpenAiServer}: jgym's own policies (adapted in the CLI), or anything else that writes text.
 * Calls come one at a time (the server serialises them), so an implementation need not be thread-safe.
 */
public interface Generator {
    /** The name clients put in {@code model}. */
    String model();

    /** Positions of the model: prompt plus completion must fit. */
    int contextLength();

    /** How many tokens {@code prompt} encodes to. */
    int promptTokens(String prompt);

    /**
     * {@code n} completions of {@code prompt}.
     *
     * @param seed every random choice derives from it: equal arguments give equal completions
     */
    List<Generation> generate(String prompt, int n, Decoding decoding, long seed);

    /**
     * How to decode.
     *
     * @param maxTokens   most new tokens, >= 1
     * @param temperature 0 for greedy, else the softmax temperature
     * @param topP        nucleus mass in (0, 1]
     * @param stop        generation ends after any of these appears (kept in the {@link Generation}'s text)
     */
    record Decoding(int maxTokens, double temperature, double topP, List<String> stop) {
        public Decoding {
            stop = List.copyOf(stop);
        }
    }

    /**
     * One completion.
     *
     * @param text       the completion, with the stop string that ended it
     * @param tokens     the text of each token, in order
     * @param tokenIds   the id of each token
     * @param logProbs   log-probability of each token under the model at temperature 1
     * @param truncated  generation stopped at {@code maxTokens} or the context length
     */
    record Generation(String text, List<String> tokens, int[] tokenIds, float[] logProbs, boolean truncated) {
        public Generation {
            tokens = List.copyOf(tokens);
            if (tokens.size() != tokenIds.length || tokenIds.length != logProbs.length) {
                throw new IllegalArgumentException("tokens, tokenIds and logProbs differ in length");
            }
        }
    }
}
