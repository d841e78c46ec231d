package com.studybot.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Turns the merged, validated values into the record tree; cross-field rules live here too. */
final class Binder {
    private Binder() {}

    static StudybotConfig bind(Values v, List<String> problems) {
        var data = new StudybotConfig.Data(v.path("data.dir"));
        var git = new StudybotConfig.Git(
                v.string("content.git.url").strip(),
                v.string("content.git.branch").strip(),
                v.duration("content.git.every"));
        if (git.enabled() && !git.url().matches("(?i)(https?|git|file)://.+|/.+")) {
            problems.add("content.git.url: must be an https://, git:// or file:// URL or a local path (ssh is not"
                    + " supported: use https:// with a token in STUDYBOT_GIT_TOKEN), was \""
                    + git.url().replaceAll("(?<=://)/?[^/\\s]*@", "***@") + "\""); // credentials masked
        }
        var content = new StudybotConfig.Content(
                git.enabled() ? GitCheckout.dir(data.dir(), git.url()) : v.path("content.dir"),
                v.integer("content.maxFileBytes", 1, StudybotConfig.Content.MAX_FILE_BYTES),
                v.string("content.deckTag").replaceFirst("^#", ""),
                v.bool("content.watch"),
                v.optionalDuration("content.rescan"),
                git);
        var database = new StudybotConfig.Database(
                v.string("database.url").strip(), v.string("database.user").strip(), (int)
                        v.integer("database.poolSize", 1, 100));
        if (!database.url().isEmpty() && !database.postgres()) {
            problems.add("database.url: must be empty (SQLite under data.dir) or jdbc:postgresql://host:port/database,"
                    + " was \"" + database.url() + "\"");
        }
        int target = (int) v.integer("chunking.targetWords", 20, 1000);
        int max = (int) v.integer("chunking.maxWords", 20, 5000);
        if (max < target) {
            problems.add("chunking.maxWords: must be at least chunking.targetWords (" + target + "), was " + max);
        }
        int topK = (int) v.integer("retrieval.topK", 1, 50);
        int candidates = (int) v.integer("retrieval.candidates", 1, 1000);
        if (candidates < topK) {
            problems.add("retrieval.candidates: must be at least retrieval.topK (" + topK + "), was " + candidates);
        }
        var retrieval = new StudybotConfig.Retrieval(
                topK, candidates, (int) v.integer("retrieval.rrfK", 1, 10_000), v.bool("retrieval.cjkModel"));
        var answer = new StudybotConfig.AnswerSettings(
                v.decimal("answer.minConfidence", 0, 1),
                (int) v.integer("answer.maxSentences", 1, 10),
                v.optionalDuration("answer.warmUp"));
        var cache = new StudybotConfig.Cache(
                new StudybotConfig.CacheSpec(
                        v.integer("cache.answers.maxSize", 0, Long.MAX_VALUE), v.duration("cache.answers.ttl")),
                new StudybotConfig.CacheSpec(
                        v.integer("cache.embeddings.maxSize", 0, Long.MAX_VALUE), Duration.ofDays(3650)));
        String guild = v.string("discord.devGuild");
        if (!guild.isEmpty() && !guild.matches("\\d{5,25}")) {
            problems.add("discord.devGuild: must be a server id (digits), was \"" + guild + "\"");
        }
        var discord = new StudybotConfig.Discord(
                guild,
                v.url("discord.restUrl", "http://", "https://"),
                v.url("discord.gatewayUrl", "ws://", "wss://"),
                (int) v.integer("discord.workers", 1, 64),
                v.duration("discord.askCooldown"),
                v.bool("discord.quizThreads"),
                v.duration("discord.timePerQuestion"),
                v.duration("discord.dailyCatchUp"),
                (int) v.integer("discord.dailyNoRepeatDays", 0, 3650),
                v.optionalDuration("discord.dailyRound"),
                ShardRange.shards(
                        (int) v.integer("discord.shards.total", 1, ShardRange.MAX_TOTAL),
                        v.string("discord.shards.ids"),
                        problems));
        String provider = v.string("llm.provider").toLowerCase(Locale.ROOT);
        if (!StudybotConfig.Llm.PROVIDERS.contains(provider)) {
            problems.add("llm.provider: must be one of " + String.join(", ", StudybotConfig.Llm.PROVIDERS)
                    + " (openai: any OpenAI-compatible server; ollama: Ollama's native API), was \"" + provider
                    + "\"");
        }
        var llm = new StudybotConfig.Llm(
                provider,
                v.url("llm.baseUrl", "http://", "https://"),
                v.string("llm.model"),
                v.duration("llm.budget"),
                (int) v.integer("llm.quizQuestions", 0, 100_000));
        if (llm.enabled() && (llm.baseUrl().isEmpty() || llm.model().isEmpty())) {
            problems.add("llm: provider " + provider + " needs llm.baseUrl and llm.model");
        }
        var metrics = new StudybotConfig.Metrics(v.string("metrics.host"), (int) v.integer("metrics.port", 0, 65_535));
        if (metrics.host().isEmpty()) {
            problems.add("metrics.host: must be a host name or address to listen on (127.0.0.1: this machine"
                    + " only), was empty");
        }
        return new StudybotConfig(
                content,
                data,
                database,
                new StudybotConfig.Chunking(target, max),
                retrieval,
                answer,
                cache,
                discord,
                llm,
                metrics);
    }
}
