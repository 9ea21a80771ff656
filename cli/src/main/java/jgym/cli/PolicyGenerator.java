package jgym.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jgym.agents.policy.Sample;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.policy.Tokenizer;
import jgym.agents.policy.TransformerPolicy;
import jgym.agents.train.Evaluator;
import jgym.server.openai.Generator;

/**
 * A jgym policy as the model behind {@code gym serve-policy}: temperature 0 decodes at the evaluator's near-greedy
 * temperature, so the server's greedy answers are those {@code gym train}'s held-out evaluation scores.
 */
record PolicyGenerator(String model, TransformerPolicy policy) implements Generator {
    @Override
    public int contextLength() {
        return policy.config().contextLength();
    }

    /** The prompt's characters plus the beginning-of-sequence token the sampler puts first. */
    @Override
    public int promptTokens(String prompt) {
        return policy.tokenizer().encode(prompt).length + 1;
    }

    @Override
    public List<Generation> generate(String prompt, int n, Decoding d, long seed) {
        double temperature = d.temperature() == 0 ? Evaluator.GREEDY_TEMPERATURE : d.temperature();
        var config = new SamplingConfig(d.maxTokens(), temperature, d.topP(), d.stop());
        Tokenizer tok = policy.tokenizer();
        var out = new ArrayList<Generation>(n);
        for (Sample s : policy.sample(Collections.nCopies(n, prompt), config, seed)) {
            var tokens = new ArrayList<String>(s.tokens().length);
            for (int id : s.tokens()) tokens.add(tok.decode(new int[] {id}));
            out.add(new Generation(s.text(), tokens, s.tokens(), s.logProbs(), s.truncated()));
        }
        return out;
    }
}
