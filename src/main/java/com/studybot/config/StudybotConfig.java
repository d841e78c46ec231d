package com.studybot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The whole configuration, immutable; services receive only the part they need. */
public record StudybotConfig(
        Content content,
        Data data,
        Database database,
        Chunking chunking,
        Retrieval retrieval,
        AnswerSettings answer,
        Cache cache,
        Discord discord,
        Llm llm,
        Metrics metrics) {

    /** {@code deckTag}: the tag that makes a note a deck, whose highlights and clozes are cards. */
    /**
     * The notes: {@code dir} is the folder read (with {@code git.url} set, the clone's working tree under the data
     * folder); {@code watch} re-indexes on file events; {@code rescan}, when present, re-reads the folder that
     * often (for file systems whose events are unreliable).
     */
    public record Content(
            Path dir, long maxFileBytes, String deckTag, boolean watch, Optional<Duration> rescan, Git git) {
        /** The largest file size one may allow (256 MiB): a note is read whole into memory. */
        public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

        /** Notes as they were before live updates: no watcher, no rescan, no Git (tools and tests). */
        public static Content fixed(Path dir, long maxFileBytes, String deckTag) {
            return new Content(dir, maxFileBytes, deckTag, false, Optional.empty(), Git.NONE);
        }
    }

    /**
     * A Git repository the notes follow: {@code url} empty for none; {@code branch} empty for the remote's default;
     * fetched {@code every} so often. A token, when needed, comes only from {@code STUDYBOT_GIT_TOKEN}.
     */
    public record Git(String url, String branch, Duration every) {
        public static final Git NONE = new Git("", "", Duration.ofMinutes(10));

        public boolean enabled() {
            return !url.isEmpty();
        }
    }

    public record Data(Path dir) {}

    /**
     * Where quizzes, scores and games are kept: {@code url} empty for SQLite under the data folder (the default),
     * or a {@code jdbc:postgresql://} URL; {@code user} for PostgreSQL (its password comes only from the
     * environment); {@code poolSize} PostgreSQL connections.
     */
    public record Database(String url, String user, int poolSize) {
        public boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    public record Chunking(int targetWords, int maxWords) {}

    public record Retrieval(int topK, int candidates, int rrfK, boolean cjkModel) {}

    /** {@code warmUp}: how long the answer path is run on made-up questions at start-up (empty: not at all). */
    public record AnswerSettings(double minConfidence, int maxSentences, Optional<Duration> warmUp) {}

    public record Cache(CacheSpec answers, CacheSpec embeddings) {}

    /**
     * The Discord bot: {@code devGuild} registers commands to that one server (instant updates) instead of
     * globally; {@code restUrl} and {@code gatewayUrl} point the client elsewhere than Discord (the fake
     * Discord of the tests), empty for Discord itself; {@code workers} bound the threads that handle
     * interactions; {@code askCooldown} is the time a user waits between two {@code /ask}; {@code
     * quizThreads} opens a thread for each quiz started in a text channel; {@code timePerQuestion} is a quiz
     * question's time limit; a daily post missed by more than {@code dailyCatchUp} (the bot was down) is
     * skipped, and no question is posted twice within {@code dailyNoRepeatDays}; {@code dailyRound} is how often
     * the daily round looks for due posts (empty: the bot's default, 30 s); {@code shards} are the gateway shards
     * this process runs.
     */
    public record Discord(
            String devGuild,
            String restUrl,
            String gatewayUrl,
            int workers,
            Duration askCooldown,
            boolean quizThreads,
            Duration timePerQuestion,
            Duration dailyCatchUp,
            int dailyNoRepeatDays,
            Optional<Duration> dailyRound,
            Shards shards) {}

    /**
     * Discord's gateway shards: {@code total} across every process of the bot, and the {@code ids} this process
     * runs (all of them by default). A server belongs to shard {@code (server id >> 22) % total}; a process
     * answers and posts only in the servers of its shards.
     */
    public record Shards(int total, List<Integer> ids) {
        public Shards {
            if (total < 1) {
                throw new IllegalArgumentException("total must be >= 1, was " + total);
            }
            ids = List.copyOf(new java.util.TreeSet<>(ids));
            if (ids.isEmpty() || ids.get(0) < 0 || ids.get(ids.size() - 1) >= total) {
                throw new IllegalArgumentException("ids must be non-empty, in 0.." + (total - 1) + ", were " + ids);
            }
        }

        /** One process running the only shard: the default. */
        public static Shards single() {
            return new Shards(1, List.of(0));
        }

        /** The shard a server belongs to, as Discord computes it. */
        public int shardOf(String guildId) {
            return (int) ((Long.parseUnsignedLong(guildId) >>> 22) % total);
        }

        /** Whether the server's shard is one of this process's. */
        public boolean owns(String guildId) {
            return ids.contains(shardOf(guildId));
        }
    }

    /**
     * The optional language model: {@code provider} "none" (the default: extractive answers only), "openai"
     * (any OpenAI-compatible endpoint at {@code baseUrl}, e.g. a local llama.cpp, vLLM or Ollama server's
     * /v1) or "ollama" (Ollama's native API at {@code baseUrl}, e.g. http://localhost:11434); {@code budget}
     * is how long an answer may take before the extractive one is given (one passage's quiz questions, written
     * in the background, may take a minute or the budget, whichever is longer);
     * {@code quizQuestions} is how many passages per sync the model writes quiz questions for, in the
     * background (0, the default: none).
     */
    public record Llm(String provider, String baseUrl, String model, Duration budget, int quizQuestions) {
        /** The values {@code provider} may take. */
        public static final List<String> PROVIDERS = List.of("none", "openai", "ollama");

        public boolean enabled() {
            return !provider.equals("none");
        }

        /** Whether the model writes quiz questions: a provider and a number of passages are set. */
        public boolean writesQuestions() {
            return enabled() && quizQuestions > 0;
        }
    }

    /**
     * The operator's HTTP endpoint ({@code /metrics} in the Prometheus text format, {@code /health}): off while
     * {@code port} is 0 (the default), else served on {@code host} (127.0.0.1 by default: this machine only).
     */
    public record Metrics(String host, int port) {
        public static final Metrics OFF = new Metrics("127.0.0.1", 0);

        public boolean enabled() {
            return port > 0;
        }
    }

    /** A cache's size bound and, where it has one, its time to live. */
    public record CacheSpec(long maxSize, Duration ttl) {}
}
