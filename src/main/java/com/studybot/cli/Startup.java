package com.studybot.cli;

import com.studybot.Engine;
import com.studybot.LiveNotes;
import com.studybot.Models;
import com.studybot.Time;
import com.studybot.Wiring;
import com.studybot.adapter.console.TerminalProgress;
import com.studybot.adapter.index.SyncReport;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.core.common.Progress;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.telemetry.Telemetry;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the configuration, checks the notes folder and starts the engine with an up-to-date index. */
final class Startup {
    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

    private Startup() {}

    static StudybotConfig config(CommonOptions options, Map<String, String> extra) {
        var overrides = new LinkedHashMap<>(options.overrides());
        overrides.putAll(extra);
        StudybotConfig config =
                new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath()).load(options.configFile(), overrides);
        checkDataDir(config.data().dir());
        LiveNotes.prepare(config.content()); // a followed Git repository is cloned or fetched first
        Path content = config.content().dir();
        if (!Files.isDirectory(content)) {
            throw new UserError("The notes folder " + content + " does not exist or is not a folder.");
        }
        if (!Files.isReadable(content)) {
            throw new UserError("The notes folder " + content + " cannot be read.");
        }
        useDataDirForNativeLibraries(config.data().dir());
        return config;
    }

    /**
     * The data folder must be a folder we can write to (the index, the database and caches live there): a
     * file in its place, or a read-only or full disk, is one line naming it, not a stack trace later on.
     */
    static void checkDataDir(Path data) {
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new UserError("The data folder " + data + " is a file, not a folder (set --data to a folder).");
        }
        try {
            Files.createDirectories(data);
            Path probe = Files.createTempFile(data, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new UserError("Cannot write to the data folder " + data + " (" + reason(e)
                    + "): make it writable or set --data to another folder.");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Starts the engine (no database) and brings the index up to date; logs what changed. When the update fails (a
     * full disk: one line, exit 2), the engine is closed, keeping the index as its last checkpoint left it.
     */
    static Engine engine(StudybotConfig config, boolean answerCache) {
        var engine = Engine.open(config, Models.load(config), Time.system(), answerCache);
        return synced(engine, engine::sync, engine::close, config);
    }

    /** As {@link #engine}, with the quizzes over the database: for the chat, the bot and the audit. */
    static Wiring wiring(StudybotConfig config, boolean answerCache) {
        return wiring(config, answerCache, Telemetry.NONE);
    }

    /** As above, every part reporting to {@code telemetry} (the bot's metrics). */
    static Wiring wiring(StudybotConfig config, boolean answerCache, Telemetry telemetry) {
        var wiring = new Wiring(config, Models.load(config, telemetry), answerCache, Clock.systemUTC(), telemetry);
        return synced(wiring, wiring::sync, wiring::close, config);
    }

    private static <T> T synced(T started, Function<Progress, SyncReport> sync, Runnable close, StudybotConfig config) {
        SyncReport report;
        try {
            report = sync.apply(
                    new TerminalProgress(Terminal.interactive(), Time.system().ticker()::read));
        } catch (RuntimeException e) {
            try {
                close.run();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        if (report.readOnly()) {
            LOG.warn(
                    "Another studybot process holds the index for {}: answering from it as it is",
                    config.content().dir());
        }
        return started;
    }

    /**
     * Before the first question of a long-running front end (chat, bot, ask --json): runs the answer path on
     * made-up questions for at most {@code answer.warmUp}, so the first real answers are not the slow ones, then
     * collects start-up's garbage once.
     */
    static void warmUp(Engine engine) {
        engine.config().answer().warmUp().ifPresent(budget -> {
            long t0 = System.nanoTime();
            int asked = engine.warmUp(budget);
            // Start-up leaves tens of megabytes of garbage (opening the index, loading the model, the made-up
            // questions) in a heap sized for the machine: one full collection here (about 40 ms) lets the heap
            // shrink to what the index needs, so the process holds 30 MB less and its first real questions
            // meet no collection of start-up's leftovers (bench --closed: RSS 247-249 -> 212-224 MiB).
            System.gc();
            LOG.debug("Warmed up on {} questions in {} ms", asked, (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /**
     * Builds the question pool on a thread of its own, so the bot's first {@code /quiz start} finds it ready: it
     * replies without deferring, and on a Chinese vault the first build (the translation check embeds each
     * candidate once) takes longer than Discord's 3 s. A quiz started meanwhile waits for this build. Then
     * {@code then} runs on the same thread (the bot warms its quiz path there).
     */
    static Thread buildQuestionPool(QuestionPool pool) {
        return buildQuestionPool(pool, () -> {});
    }

    static Thread buildQuestionPool(QuestionPool pool, Runnable then) {
        Thread build = new Thread(
                () -> {
                    long t0 = System.nanoTime();
                    try {
                        int items = pool.all().items().size();
                        LOG.debug(
                                "Question pool built: {} items in {} ms", items, (System.nanoTime() - t0) / 1_000_000);
                    } catch (RuntimeException e) {
                        LOG.warn("The question pool could not be built ahead of the first quiz: {}", e.getMessage());
                        return;
                    }
                    then.run();
                },
                "studybot-question-pool");
        build.setDaemon(true);
        build.start();
        return build;
    }

    /**
     * The bot's quiz path run as members would (start, answer, stop, each step's Discord message) over a
     * throwaway database, for at most {@code answer.warmUp}, so the first members' quizzes are not the slow ones.
     */
    static void warmUpQuizzes(Wiring wiring) {
        wiring.config().answer().warmUp().ifPresent(budget -> {
            long t0 = System.nanoTime();
            int played = wiring.warmUpQuizzes(budget);
            LOG.debug("Warmed up the quiz path on {} quizzes in {} ms", played, (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /** DJL unpacks the tokenizer's native library; keep it under data/ (a volume in Docker), not $HOME. */
    private static void useDataDirForNativeLibraries(Path dataDir) {
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", dataDir.resolve("cache/djl").toString());
        }
    }
}
