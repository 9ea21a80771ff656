package jgym.env;

import java.util.List;

/** A scenario name that is not registered, with the registered names closest to it. */
public final class UnknownScenarioException extends GymException {
    private final String name;
    private final List<String> suggestions;

    public UnknownScenarioException(String name, List<String> suggestions) {
        super("unknown scenario '" + name + "'" + DidYouMean.clause(suggestions) + " (run 'gym list' to see them all)");
        this.name = name;
        this.suggestions = List.copyOf(suggestions);
    }

    public String name() {
        return name;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
