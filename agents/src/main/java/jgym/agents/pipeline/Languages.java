package jgym.agents.pipeline;

import java.util.Locale;
import jgym.rewards.LanguageConsistency;
import jgym.rewards.TextRegion;

/** The target languages a pipeline can name, each as the language-consistency reward over the chain of thought. */
final class Languages {
    private Languages() {}

    /** The reward for {@code name} ({@code latin}, {@code cyrillic} or {@code chinese}), judged on the think region. */
    static LanguageConsistency of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "latin", "english" -> LanguageConsistency.latin(TextRegion.THINK);
            case "cyrillic", "russian" -> LanguageConsistency.cyrillic(TextRegion.THINK);
            case "chinese", "han" -> LanguageConsistency.chinese(TextRegion.THINK);
            default -> throw new IllegalArgumentException("language must be latin, cyrillic or chinese, got '" + name + "'");
        };
    }
}
