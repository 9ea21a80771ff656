package jgym.env.code;

import java.util.Locale;

/** A language the sandbox can run. */
public enum Language {
    PYTHON("python", "py"),
    JAVASCRIPT("js", "javascript");

    private final String id;
    private final String alias;

    Language(String id, String alias) {
        this.id = id;
        this.alias = alias;
    }

    /** The GraalVM language id ({@code "python"}, {@code "js"}). */
    public String id() {
        return id;
    }

    /** Parses a name such as {@code "python"}, {@code "py"}, {@code "js"} or {@code "javascript"}. */
    public static Language parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.id.equals(n) || l.alias.equals(n)) return l;
        }
        throw new IllegalArgumentException("unknown language '" + name + "' (known: python, js)");
    }
}
