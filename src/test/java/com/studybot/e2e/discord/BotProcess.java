package com.studybot.e2e.discord;

import com.studybot.App;
import com.studybot.e2e.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The main job in a child JVM, as a service manager would start it, pointed at the fake Discord. */
final class BotProcess {
    private BotProcess() {}

    static ProcessBuilder builder(Path content, Path data, FakeDiscord discord, String token) {
        return builder(content, data, discord.restBaseUrl(), discord.gatewayUrl(), token);
    }

    /** As above, with the REST and gateway URLs given (e.g. a REST URL where nothing listens). */
    static ProcessBuilder builder(Path content, Path data, String restUrl, String gatewayUrl, String token) {
        var pb = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                App.class.getName(),
                "--content",
                content.toString(),
                "--data",
                data.toString()));
        pb.environment()
                .putAll(Map.of(
                        "DISCORD_TOKEN", token,
                        "STUDYBOT_DISCORD_REST_URL", restUrl,
                        "STUDYBOT_DISCORD_GATEWAY_URL", gatewayUrl));
        return pb;
    }
}
