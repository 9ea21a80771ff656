package jgym.rewards;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the words after a number in a final answer mean: a unit, dropped ({@code 12 cm}, {@code 5 dollars}); a number
 * word, applied ({@code 72 thousand} is 72000, {@code 6 dozen} is 72, {@code 9 squared} is 81); or anything else, which
 * leaves the answer unreadable as a number ({@code 72 or more}, {@code 72 plus one}): a word is never dropped silently
 * when it could change the value.
 *
 * <p>Units are a stated list (currency, length, area and volume, time, mass, speed, percent, degrees, and generic
 * {@code units}), plus the nouns of the task's own prompt when it is known ({@link #of(String)}): "How many clips did
 * she sell?" makes {@code 72 clips} read as 72. A prompt word is never a unit when it is a number word, an operator, a
 * comparison or a hedge ({@link #NEVER_UNITS}). An instance from {@link #of} is for one scoring call
 * (it reads the prompt lazily and is not thread-safe); {@link #UNITS} may be shared.
 */
public final class AnswerWords {

    /** Units only, for a gold or when no prompt is known. */
    public static final AnswerWords UNITS = new AnswerWords("");

    /** The stated units, lower case; plurals are listed (no stemming, so that no word becomes a unit by accident). */
    static final Set<String> STATED_UNITS = Set.of(
            // currency
            "dollar", "dollars", "usd", "cent", "cents", "euro", "euros", "eur", "pound", "pounds", "gbp", "yen", "yuan",
            "rupee", "rupees", "peso", "pesos", "franc", "francs",
            // length
            "mm", "cm", "dm", "m", "km", "in", "inch", "inches", "ft", "foot", "feet", "yd", "yard", "yards", "mi", "mile",
            "miles", "meter", "meters", "metre", "metres", "millimeter", "millimeters", "centimeter", "centimeters",
            "kilometer", "kilometers", "kilometre", "kilometres",
            // area and volume qualifiers, volume
            "square", "sq", "cubic", "cu", "ml", "l", "liter", "liters", "litre", "litres", "gallon", "gallons", "gal", "cup",
            "cups", "quart", "quarts", "pint", "pints", "teaspoon", "teaspoons", "tablespoon", "tablespoons",
            // time
            "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade", "decades",
            "century", "centuries",
            // mass
            "mg", "g", "gram", "grams", "kg", "kilogram", "kilograms", "lb", "lbs", "ounce", "ounces", "oz", "ton", "tons",
            "tonne", "tonnes",
            // speed and rates
            "mph", "kph", "kmh", "per", "an", "each",
            // percent, angles, generic
            "percent", "deg", "degree", "degrees", "radian", "radians", "unit", "units");

    /** Words that change or hedge a value: never dropped, whatever the prompt says. */
    static final Set<String> NEVER_UNITS = Set.of("or", "and", "plus", "minus", "times", "divided", "over", "by", "of", "more",
            "less", "fewer", "than", "not", "no", "nor", "least", "most", "at", "about", "approximately", "approx", "around",
            "roughly", "nearly", "almost", "under", "above", "below", "exactly", "maybe", "perhaps", "possibly", "probably",
            "either", "to", "between", "from", "up", "half", "halves", "third", "thirds", "quarter", "quarters", "fourth",
            "fourths", "fifth", "fifths", "tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths",
            "squared", "cubed", "power", "percentage", "point", "negative", "positive", "zero", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
            "dozen", "dozens", "score", "gross", "pair", "pairs", "tens", "ones", "units'", "sixth", "sixths", "seventh",
            "sevenths", "eighth", "eighths", "ninth", "ninths", "twelfth", "twelfths", "percents", "per-cent", "double", "triple", "twice", "thrice", "x", "y", "z", "n",
            "e", "i", "pi", "sqrt", "inf", "infty", "infinity", "is", "was", "be", "wait", "actually", "correction", "if",
            "else", "otherwise", "unless", "but", "then");

    /** Number words that scale the number before them. */
    static final Map<String, BigInteger> MULTIPLIERS = Map.of("hundred", BigInteger.valueOf(100), "thousand",
            BigInteger.valueOf(1_000), "million", BigInteger.valueOf(1_000_000), "billion", BigInteger.valueOf(1_000_000_000L),
            "trillion", BigInteger.valueOf(1_000_000_000_000L), "dozen", BigInteger.valueOf(12));

    /** Number words that raise the number before them to a power. */
    static final Map<String, Integer> POWERS = Map.of("squared", 2, "cubed", 3);

    private final String prompt;
    /** The prompt's nouns, read on the first word that is not a stated unit (most answers have none): on the hot path. */
    private Set<String> nouns;

    private AnswerWords(String prompt) {
        this.prompt = prompt;
        this.nouns = prompt.isEmpty() ? Set.of() : null; // so the shared UNITS never changes
    }

    /** The stated units and the nouns of {@code prompt} (never null): its words of two or more letters, less {@link #NEVER_UNITS}. */
    public static AnswerWords of(String prompt) {
        return new AnswerWords(prompt);
    }

    private static Set<String> nouns(String prompt) {
        var words = new HashSet<String>();
        int n = Math.min(prompt.length(), 20_000);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(prompt.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetter(prompt.charAt(i))) i++;
            if (i - start >= 2) {
                String w = prompt.substring(start, i).toLowerCase(Locale.ROOT);
                if (!NEVER_UNITS.contains(w)) words.add(w);
            }
        }
        return words;
    }

    /** Whether {@code word} (letters, any case, an optional final '.') may be dropped after a number as its unit. */
    public boolean isUnit(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        // one capital letter is no unit but a scale or a name ($72M is 72 million, not 72 metres); litres are L
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0)) && w.charAt(0) != 'L') return false;
        w = w.toLowerCase(Locale.ROOT);
        if (NEVER_UNITS.contains(w)) return false;
        if (STATED_UNITS.contains(w)) return true;
        if (nouns == null) nouns = nouns(prompt);
        return nouns.contains(w);
    }

    /** Whether {@code word} is a number word that {@link #MULTIPLIERS} or {@link #POWERS} knows. */
    static boolean isNumberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MULTIPLIERS.containsKey(w) || POWERS.containsKey(w);
    }

    /** {@code value} with the number word {@code word} applied ({@link #isNumberWord} must hold). */
    static ExactRational apply(ExactRational value, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        BigInteger m = MULTIPLIERS.get(w);
        if (m != null) return value.multiply(new ExactRational(m, BigInteger.ONE));
        int p = POWERS.get(w);
        ExactRational out = ExactRational.ONE;
        for (int k = 0; k < p; k++) out = out.multiply(value);
        return out;
    }
}
