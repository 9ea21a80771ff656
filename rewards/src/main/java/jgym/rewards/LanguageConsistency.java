package jgym.rewards;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import jgym.env.Reward;
import jgym.env.Score;
import jgym.env.Task;

/**
 * The language-consistency reward DeepSeek-R1 used against language mixing: the share of the region's letters that
 * are written in the target scripts, a value in [0, 1].
 *
 * <p>Letters are code points with {@link Character#isLetter(int)}; their script is {@link UnicodeScript#of(int)}.
 * Digits, punctuation and spaces are not letters and do not count. A region with no letters has nothing mixed and
 * scores 1; a completion without the region (no {@code </think>} for {@link TextRegion#THINK}) is not applicable.
 *
 * @param scripts the scripts of the target language, at least one (Latin for English, Han for Chinese, Han,
 *                Hiragana and Katakana for Japanese, Cyrillic for Russian)
 * @param region  the part of the completion judged (R1 judged the chain of thought)
 */
public record LanguageConsistency(Set<UnicodeScript> scripts, TextRegion region) implements Reward, java.io.Serializable {
    public LanguageConsistency {
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(region, "region");
        if (scripts.isEmpty()) throw new IllegalArgumentException("scripts must not be empty");
        scripts = Set.copyOf(scripts);
    }

    /** English-like targets: the Latin script. */
    public static LanguageConsistency latin(TextRegion region) {
        return new LanguageConsistency(EnumSet.of(UnicodeScript.LATIN), region);
    }

    /** Chinese: the Han script. */
    public static LanguageConsistency chinese(TextRegion region) {
        return new LanguageConsistency(EnumSet.of(UnicodeScript.HAN), region);
    }

    /** Russian and other Cyrillic languages. */
    public static LanguageConsistency cyrillic(TextRegion region) {
        return new LanguageConsistency(EnumSet.of(UnicodeScript.CYRILLIC), region);
    }

    @Override
    public Score score(Task task, String completion) {
        String text = region.of(completion);
        if (text == null) return Score.notApplicable("no " + region + " region in the completion");
        int letters = 0;
        int inTarget = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (scripts.contains(UnicodeScript.of(cp))) inTarget++;
        }
        if (letters == 0) return Score.of(1.0, "no letters in the " + region + " region: nothing mixed");
        return Score.of((double) inTarget / letters, inTarget + " of " + letters + " letters in " + scripts);
    }
}
