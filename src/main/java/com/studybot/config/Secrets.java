package com.studybot.config;

import java.util.Map;
import java.util.Optional;

/** Secrets, read only from the environment; {@code toString} never shows them. */
public record Secrets(Optional<String> discordToken, Optional<String> llmApiKey, Optional<String> databasePassword) {
    public static Secrets fromEnvironment(Map<String, String> env) {
        return new Secrets(
                Optional.ofNullable(env.get("DISCORD_TOKEN")).filter(s -> !s.isBlank()),
                Optional.ofNullable(env.get("STUDYBOT_LLM_API_KEY"))
                        .or(() -> Optional.ofNullable(env.get("OPENAI_API_KEY")))
                        .filter(s -> !s.isBlank()),
                Optional.ofNullable(env.get("STUDYBOT_DATABASE_PASSWORD")).filter(s -> !s.isEmpty()));
    }

    @Override
    public String toString() {
        return "Secrets[discordToken=" + (discordToken.isPresent() ? "<set>" : "<unset>") + ", llmApiKey="
                + (llmApiKey.isPresent() ? "<set>" : "<unset>") + ", databasePassword="
                + (databasePassword.isPresent() ? "<set>" : "<unset>") + "]";
    }
}
