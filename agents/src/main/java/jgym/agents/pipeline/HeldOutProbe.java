package jgym.agents.pipeline;

import java.util.Locale;
import jgym.agents.policy.Policy;
import jgym.agents.policy.SamplingConfig;
import jgym.agents.rl.CotLength;
import jgym.agents.rl.RolloutBatch;
import jgym.agents.train.Evaluator;
import jgym.agents.train.HeldOutScore;
import jgym.agents.train.HeldOutSet;
import jgym.agents.train.TrainRecipe;
import jgym.env.PromptTemplate;
import jgym.env.Rubric;
import jgym.rewards.LanguageConsistency;
import jgym.rewards.TextRegion;

/**
 * What the pipeline measures after every stage on the held-out set: greedy accuracy and response length (as
 * {@code gym train} and {@code gym eval} measure them), and one sample per task at temperature 1 for the sampled
 * accuracy, the share of answers with a long chain of thought ({@link CotLength}) and the mean language consistency of
 * the chains of thought.
 */
final class HeldOutProbe {
    /**
     * One probe.
     *
     * @param greedy         greedy held-out accuracy
     * @param greedyLength   mean greedy response length, tokens
     * @param sampled        accuracy sampled at T=1
     * @param longShare      share of sampled answers with a long chain of thought
     * @param language       mean language consistency of the sampled chains of thought that hold letters (short
     *                       answers and letterless traces have nothing to mix); null when none does
     */
    record Result(double greedy, double greedyLength, double sampled, double longShare, Double language) {
        String line() {
            return String.format(Locale.ROOT, "held-out greedy %.1f%% (length %.1f), sampled %.1f%%, long %.0f%%, language %s",
                    100 * greedy, greedyLength, 100 * sampled, 100 * longShare, languageText());
        }

        String row(String label) {
            return String.format(Locale.ROOT, "%-22s %7.1f%% %8.1f %7.1f%% %7.0f%% %9s%n", label, 100 * greedy, greedyLength,
                    100 * sampled, 100 * longShare, languageText());
        }

        private String languageText() {
            return language == null ? "n/a" : String.format(Locale.ROOT, "%.2f", language);
        }
    }

    private final HeldOutSet heldOut;
    private final Evaluator greedy;
    private final Rubric rubric;
    private final SamplingConfig sampling;
    private final LanguageConsistency language;
    private final long seed;

    HeldOutProbe(HeldOutSet heldOut, Rubric rubric, int maxTokens, String language, long seed) {
        this.heldOut = heldOut;
        this.greedy = new Evaluator(heldOut, rubric, PromptTemplate.QUESTION_ONLY, maxTokens, TrainRecipe.STOP_STRINGS);
        this.rubric = rubric;
        this.sampling = new SamplingConfig(maxTokens, 1.0, 1.0, TrainRecipe.STOP_STRINGS);
        this.language = Languages.of(language);
        this.seed = seed;
    }

    Result run(Policy policy) {
        HeldOutScore g = greedy.score(policy, seed);
        RolloutBatch batch = Evaluator.sampleEach(heldOut, rubric, PromptTemplate.QUESTION_ONLY, sampling, policy, jgym.env.Seeds.mix(seed, 1));
        int correct = 0, longs = 0, withLetters = 0;
        double consistency = 0;
        for (int i = 0; i < batch.size(); i++) {
            String text = batch.sample(i).text();
            if (batch.correct(i)) correct++;
            if (CotLength.isLong(text)) longs++;
            String think = TextRegion.THINK.of(text);
            if (think != null && think.codePoints().anyMatch(Character::isLetter)) {
                consistency += language.score(batch.groups().get(i).task(), text).valueOr(0.0);
                withLetters++;
            }
        }
        int n = batch.size();
        return new Result(g.accuracy(), g.meanLength(), (double) correct / n, (double) longs / n,
                withLetters == 0 ? null : consistency / withLetters);
    }
}
