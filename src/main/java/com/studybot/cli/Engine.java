package com.studybot.cli;

import com.studybot.LiveNotes;
import com.studybot.Wiring;
import com.studybot.adapter.console.TerminalProgress;
import com.studybot.adapter.index.SyncReport;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the configuration, checks the notes folder and starts the engine with an up-to-date index. */
final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private Engine() {}

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
     * Starts the engine and brings the index up to date; logs what changed. When the update fails (a full disk:
     * one line, exit 2), the engine is closed, keeping the index as its last checkpoint left it.
     */
    static Wiring start(StudybotConfig config, boolean answerCache) {
        var wiring = new Wiring(config, Wiring.Models.load(config), answerCache);
        SyncReport report;
        try {
            report = wiring.sync(new TerminalProgress(Terminal.interactive()));
        } catch (RuntimeException e) {
            try {
                wiring.close();
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
        return wiring;
    }

    /**
     * Before the first question of a long-running front end (chat, bot, ask --json): runs the answer path on
     * made-up questions for at most {@code answer.warmUp}, so the first real answers are not the slow ones.
     */
    static void warmUp(Wiring wiring) {
        wiring.config().answer().warmUp().ifPresent(budget -> {
            long t0 = System.nanoTime();
            int asked = wiring.warmUp(budget);
            LOG.debug("Warmed up on {} questions in {} ms", asked, (System.nanoTime() - t0) / 1_000_000);
        });
    }

    /** DJL unpacks the tokenizer's native library; keep it under data/ (a volume in Docker), not $HOME. */
    private static void useDataDirForNativeLibraries(Path dataDir) {
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            System.setProperty("DJL_CACHE_DIR", dataDir.resolve("cache/djl").toString());
        }
    }
}
