package jgym.agents.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import jgym.agents.model.Decoder;
import jgym.agents.model.Transformer;
import jgym.env.Seeds;

/**
 * Batched sampling from a {@link Transformer} with a key/value cache. All rows advance in lockstep over absolute
 * positions (right-padded, like training): the shortest prompt is prefilled in one pass, after which each step feeds
 * one token per row (the row's next prompt token while its prompt lasts, else the token just sampled). Row i draws from
 * {@code new SplittableRandom(Seeds.mix(seed, rows[i]))} ({@code rows[i] = i} unless the caller numbers the rows), so a
 * row's sample depends on the seed and its number only. Rows
 * that finished are dropped from the batch once a quarter of it has finished, so long completions do not make every
 * row pay for them.
 */
final class KvSampler {
    private KvSampler() {}

    static List<Sample> sample(Transformer model, CharTokenizer tok, List<String> prompts, SamplingConfig cfg, long seed) {
        int[] rows = new int[prompts.size()];
        for (int i = 0; i < rows.length; i++) rows[i] = i;
        return sample(model, tok, prompts, cfg, seed, rows);
    }

    /** Prompt {@code i} drawn as row {@code rows[i]}. */
    static List<Sample> sample(Transformer model, CharTokenizer tok, List<String> prompts, SamplingConfig cfg, long seed, int[] rows) {
        if (rows.length != prompts.size()) {
            throw new IllegalArgumentException("rows: " + rows.length + " row numbers for " + prompts.size() + " prompts");
        }
        int contextLength = model.config().contextLength();
        Sample[] out = new Sample[prompts.size()];
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            int len = prompts.get(i).length();
            if (len > contextLength) {
                throw new IllegalArgumentException("prompt " + i + " has " + len + " tokens, more than contextLength " + contextLength);
            }
            if (len == contextLength) out[i] = new Sample("", new int[0], new float[0], true);
            else live.add(i);
        }
        if (!live.isEmpty()) sampleRows(model, tok, prompts, cfg, seed, rows, live, out);
        return Arrays.asList(out);
    }

    private static void sampleRows(Transformer model, CharTokenizer tok, List<String> prompts, SamplingConfig cfg, long seed,
                                   int[] numbers, List<Integer> live, Sample[] out) {
        int b = live.size(), t = model.config().contextLength(), v = model.config().vocabSize();
        int[][] full = new int[b][];
        Row[] rows = new Row[b];
        int prefill = Integer.MAX_VALUE;
        for (int r = 0; r < b; r++) {
            int idx = live.get(r);
            int[] p = tok.encode(prompts.get(idx));
            full[r] = new int[p.length + 1];
            full[r][0] = tok.bosId();
            System.arraycopy(p, 0, full[r], 1, p.length);
            prefill = Math.min(prefill, full[r].length);
            rows[r] = new Row(new SplittableRandom(Seeds.mix(seed, numbers[idx])));
        }
        int[] first = new int[b * prefill];
        for (int r = 0; r < b; r++) System.arraycopy(full[r], 0, first, r * prefill, prefill);
        try (Decoder decoder = Decoder.of(model, b)) {
            decodeRows(decoder, tok, cfg, full, rows, first, prefill, t, v);
        }
        for (int r = 0; r < b; r++) out[live.get(r)] = rows[r].toSample(tok);
    }

    private static void decodeRows(Decoder decoder, CharTokenizer tok, SamplingConfig cfg, int[][] full, Row[] rows, int[] first,
                                   int prefill, int t, int v) {
        int b = rows.length;
        double[] z = decoder.next(first, prefill, 0); // [B * V]
        int[] open = new int[b]; // cache row i holds rows[open[i]]
        for (int r = 0; r < b; r++) open[r] = r;
        for (int pos = prefill; ; pos++) {
            int[] next = new int[open.length];
            int stillOpen = 0;
            for (int i = 0; i < open.length; i++) {
                int r = open[i];
                Row row = rows[r];
                if (pos < full[r].length) {
                    next[i] = full[r][pos];
                } else if (!row.done) {
                    TokenChoice.Drawn drawn = TokenChoice.drawWithLogProb(z, i * v, v, cfg.temperature(), cfg.topP(), row.rng);
                    row.add(drawn.token(), drawn.logProb(), tok, cfg);
                    next[i] = drawn.token();
                } else {
                    next[i] = tok.padId();
                }
                if (!row.done) stillOpen++;
            }
            if (stillOpen == 0) break;
            if (pos == t) {
                for (Row row : rows) if (!row.done) row.truncated = true;
                break;
            }
            if (stillOpen <= open.length * 3 / 4) {
                // drop finished rows from the cache: later steps cost in proportion to the rows still generating
                int[] keep = new int[stillOpen];
                int[] keptNext = new int[stillOpen];
                int[] keptOpen = new int[stillOpen];
                for (int i = 0, k = 0; i < open.length; i++) {
                    if (rows[open[i]].done) continue;
                    keep[k] = i;
                    keptNext[k] = next[i];
                    keptOpen[k++] = open[i];
                }
                decoder.keepRows(keep);
                next = keptNext;
                open = keptOpen;
            }
            z = decoder.next(next, 1, pos);
        }
    }

    /** One row's growing completion. */
    private static final class Row {
        final SplittableRandom rng;
        final List<Integer> tokens = new ArrayList<>();
        final List<Float> logProbs = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        boolean done;
        boolean truncated;

        Row(SplittableRandom rng) {
            this.rng = rng;
        }

        void add(int token, double logProb, CharTokenizer tok, SamplingConfig cfg) {
            tokens.add(token);
            logProbs.add((float) logProb);
            if (token == tok.eosId()) {
                done = true;
                return;
            }
            text.append(tok.decode(new int[] {token}));
            for (String stop : cfg.stopStrings()) {
                if (!stop.isEmpty() && text.length() >= stop.length() && text.lastIndexOf(stop) == text.length() - stop.length()) {
                    done = true;
                    return;
                }
            }
            if (tokens.size() >= cfg.maxNewTokens()) {
                done = true;
                truncated = true;
            }
        }

        Sample toSample(CharTokenizer tok) {
            int[] ids = tokens.stream().mapToInt(Integer::intValue).toArray();
            float[] lp = new float[logProbs.size()];
            for (int i = 0; i < lp.length; i++) lp[i] = logProbs.get(i);
            return new Sample(tok.decode(ids), ids, lp, truncated);
        }
    }
}
