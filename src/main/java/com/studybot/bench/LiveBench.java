package com.studybot.bench;

import com.studybot.Engine;
import com.studybot.LiveNotes;
import com.studybot.Models;
import com.studybot.Time;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.Answer;
import com.studybot.core.common.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Live notes as a user meets them: a vault of N notes followed by the watcher; a note is saved with a new
 * sentence and the question it answers is asked until the answer quotes it (save → answerable, wall time, the
 * watcher's quiet period included). Then the watcher idles and its thread's CPU time is read.
 */
public final class LiveBench {
    private static final List<String> WORDS = List.of(
            "zorblat",
            "quixvane",
            "mervolk",
            "tandrix",
            "pelmora",
            "vostrane",
            "kiblume",
            "drangor",
            "sefwick",
            "yumbrel");
    private static final int EDITS = WORDS.size();

    private final Function<Path, StudybotConfig> configFor;
    private final Models models;
    private final PrintWriter out;
    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();

    public LiveBench(Function<Path, StudybotConfig> configFor, Models models, PrintWriter out) {
        this.configFor = configFor;
        this.models = models;
        this.out = out;
    }

    /** A vault of {@code size} notes made by copying the corpus' Markdown files in turn (their passages repeat). */
    public Path vault(Path corpus, Path into, int size) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(corpus)) {
            sources = files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !corpus.relativize(p).toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no Markdown notes in " + corpus);
        }
        Files.createDirectories(into);
        for (int i = 0; i < size; i++) {
            Path folder = Files.createDirectories(into.resolve("folder-" + (i / 100)));
            Files.copy(sources.get(i % sources.size()), folder.resolve("note-" + i + ".md"));
        }
        return into;
    }

    public void saveToAnswerable(Path vault, int size, Duration idle) throws Exception {
        try (var engine = Engine.open(configFor.apply(vault), models, Time.system(), false)) {
            long t0 = System.nanoTime();
            engine.sync(Progress.NONE);
            double indexSecs = (System.nanoTime() - t0) / 1e9;
            try (var live = LiveNotes.start(engine.config(), engine::reindex, Clock.systemUTC(), updates::add)) {
                var nanos = new ArrayList<Long>();
                for (int e = 0; e < EDITS; e++) {
                    nanos.add(edit(engine, vault.resolve("folder-0/note-" + (e * 7 % Math.min(size, 100)) + ".md"), e));
                }
                out.printf(
                        Locale.ROOT,
                        "live   %4d notes (%d chunks, indexed in %.1f s): save → answerable %s%n",
                        size,
                        engine.index().chunkCount(),
                        indexSecs,
                        Latency.of(nanos).summary());
                idleCpu(idle);
            }
        }
        out.flush();
    }

    /** Appends a sentence found nowhere else, then asks until the answer quotes it; returns the wall time. */
    private long edit(Engine engine, Path note, int e) throws IOException, InterruptedException {
        String word = WORDS.get(e % WORDS.size()); // made up and far apart, so no edit matches another's question
        String sentence = "The " + word + " treaty was signed by the lunar council in " + (2030 + e) + ".";
        String text = Files.readString(note, StandardCharsets.UTF_8) + "\n\n## Treaty " + e + "\n\n" + sentence + "\n";
        Path aside = note.resolveSibling("." + note.getFileName() + ".tmp");
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Files.move(aside, note, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        String question = "Who signed the " + word + " treaty?";
        while (true) {
            Answer a = engine.answerer().answer(question, 5);
            if (a instanceof Answer.Answered answered && answered.text().contains("lunar council in " + (2030 + e))) {
                long took = System.nanoTime() - t0;
                updates.take(); // the update that made it answerable has finished (its tail is not idle time)
                updates.clear();
                return took;
            }
            if (System.nanoTime() - t0 > 60_000_000_000L) {
                throw new IllegalStateException("the edit to " + note + " was not answerable within 60 s");
            }
            Thread.sleep(5); // a user asking again; leaves the cores to the update
        }
    }

    private void idleCpu(Duration idle) throws InterruptedException {
        var threads = ManagementFactory.getThreadMXBean();
        long watcher = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("studybot-watch"))
                .mapToLong(Thread::getId)
                .findFirst()
                .orElseThrow();
        long w0 = threads.getThreadCpuTime(watcher);
        long p0 = processCpuNanos();
        Thread.sleep(idle.toMillis());
        long w1 = threads.getThreadCpuTime(watcher);
        long p1 = processCpuNanos();
        out.printf(
                Locale.ROOT,
                "idle   watcher thread %.1f ms CPU in %d s; whole process %.0f ms (JVM housekeeping included)%n",
                (w1 - w0) / 1e6,
                idle.toSeconds(),
                (p1 - p0) / 1e6);
    }

    private static long processCpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }
}
