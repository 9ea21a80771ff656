package jgym.agents.policy;

/** Maps text to token ids and back. */
public interface Tokenizer {
    int[] encode(String text);

    String decode(int[] tokens);

    /** Number of distinct token ids, including special tokens. */
    int vocabSize();

    /** The id of the end-of-sequence token, which ends a completion. */
    int eosId();
}
