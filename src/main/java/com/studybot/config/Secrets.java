package com.studybot.config;

import java.util.Map;
import java.util.Optional;

/** Secrets, read only from the environment; {@code toString} never shows them. */
public record Secrets(Optional<String> discordToken) {
    public static Secrets fromEnvironment(Map<String, String> env) {
        return new Secrets(Optional.ofNullable(env.get("DISCORD_TOKEN")).filter(s -> !s.isBlank()));
    }

    @Override
    public String toString() {
        return "Secrets[discordToken=" + (discordToken.isPresent() ? "<set>" : "<unset>") + "]";
    }
}
