package jgym.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.Supplier;
import jgym.env.ScenarioRegistry;
import jgym.env.code.CodeRunner;

/** Which of OpenEnv's environment shapes a server speaks on {@code /reset}, {@code /step}, {@code /state} and {@code /ws}. */
public enum EnvKind {
    /** OpenEnv's {@code reasoning_gym_env} over jgym's scenarios ({@link ReasoningSession}). */
    REASONING_GYM,
    /** OpenEnv's {@code coding_env}: Python run in the sandbox, state kept across an episode's steps ({@link CodingSession}). */
    CODING;

    /** The name {@code gym serve --env} takes. */
    public String flag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind called {@code flag}; IllegalArgumentException listing the kinds otherwise. */
    public static EnvKind of(String flag) {
        for (EnvKind k : values()) if (k.flag().equals(flag)) return k;
        throw new IllegalArgumentException("unknown environment " + flag + "; one of reasoning_gym, coding");
    }

    EnvSession create(ScenarioRegistry registry, Supplier<CodeRunner> runner) {
        return switch (this) {
            case REASONING_GYM -> new ReasoningSession(registry, runner);
            case CODING -> new CodingSession(runner);
        };
    }

    ObjectNode schema() {
        return switch (this) {
            case REASONING_GYM -> Schemas.reasoning();
            case CODING -> Schemas.coding();
        };
    }

    ObjectNode metadata() {
        return switch (this) {
            case REASONING_GYM -> Schemas.reasoningMetadata();
            case CODING -> Schemas.codingMetadata();
        };
    }
}
