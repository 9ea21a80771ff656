package jgym.scenarios.algo;

import java.util.SplittableRandom;

/** A small vocabulary of common English words (lower case, 3-10 letters) for the text families. */
final class Words {
    private Words() {}

    static final String[] ALL = {"apple", "river", "strawberry", "mountain", "pencil", "garden", "window", "letter",
        "bottle", "mirror", "coffee", "butter", "summer", "winter", "rabbit", "carrot", "yellow", "purple", "silver",
        "planet", "rocket", "engine", "forest", "desert", "island", "bridge", "castle", "dragon", "wizard", "puzzle",
        "number", "prime", "square", "circle", "triangle", "pattern", "sentence", "reading", "writing", "morning",
        "evening", "kitten", "puppy", "tomato", "potato", "cherry", "orange", "lemon", "melon", "grape", "house",
        "street", "school", "teacher", "student", "doctor", "market", "season", "weather", "thunder", "lightning",
        "balloon", "committee", "mississippi", "address", "success", "barrel", "giraffe", "coconut", "pepper", "follow",
        "cat", "dog", "sun", "moon", "star", "tree", "bird", "fish", "book", "door", "ship", "road"};

    static String any(SplittableRandom rng) {
        return ALL[rng.nextInt(ALL.length)];
    }

    /** {@code n} words joined by single spaces. */
    static String[] some(SplittableRandom rng, int n) {
        String[] w = new String[n];
        for (int i = 0; i < n; i++) w[i] = any(rng);
        return w;
    }
}
