package com.studybot.cli;

import com.studybot.Models;
import com.studybot.QuizWiring;
import com.studybot.adapter.persistence.Database;
import com.studybot.bench.Bench;
import com.studybot.bench.ChildRestart;
import com.studybot.bench.ClosedLoop;
import com.studybot.bench.LiveBench;
import com.studybot.bench.QuizBench;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.core.content.Chunk;
import com.studybot.eval.DevSet;
import com.studybot.eval.DevSetQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: index throughput, ask latency at several sizes, restart-to-ready time and RSS. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure indexing and answering speed.")
final class BenchCommand implements Callable<Integer> {
    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            defaultValue = "../shared/testdata/clf-c02-notes",
            description = "Held-out notes to index (default: the English exam notes beside the project).")
    Path corpus;

    @Option(
            names = "--zh-corpus",
            paramLabel = "DIR",
            defaultValue = "../shared/testdata/obsidian-cs-notes-zh",
            description = "Chinese notes whose first index is timed too, with each model alone "
                    + "(default: the Chinese Obsidian vault beside the project; skipped when absent).")
    Path zhCorpus;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data/bench",
            description = "Scratch folder, wiped first.")
    Path data;

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", description = "Derived index sizes.")
    List<Integer> sizes;

    @Option(names = "--devset", paramLabel = "FILE", defaultValue = "src/test/resources/devset/devset.jsonl")
    Path devset;

    @Option(
            names = "--jar",
            paramLabel = "FILE",
            defaultValue = "target/studybot.jar",
            description = "Jar used to time a cold JVM start to the first answer.")
    Path jar;

    @Option(
            names = "--quiz",
            description = "Only the quiz bench: answer handling on SQLite (and PostgreSQL with --pg).")
    boolean quizOnly;

    @Option(
            names = "--pg",
            paramLabel = "JDBC_URL",
            description = "PostgreSQL for the quiz bench (default: $STUDYBOT_TEST_PG_URL).")
    String pg;

    @Option(
            names = "--live",
            description = "Only the live-notes bench: save to answerable at 10 and 1,000 notes, and the idle watcher.")
    boolean liveOnly;

    @Option(
            names = "--closed",
            description = "Only the closed loop: a fresh ask --json process against the easy-RAG recipe, alternating.")
    boolean closedOnly;

    @Option(names = "--questions", defaultValue = "240", description = "Distinct questions of the closed loop.")
    int closedQuestions;

    @Option(names = "--idle", defaultValue = "60", description = "Seconds the idle watcher is measured (--live).")
    int idleSeconds;

    @Override
    public Integer call() throws Exception {
        if (quizOnly) {
            return quizBench();
        }
        if (liveOnly) {
            return liveBench();
        }
        Path notes = Files.isDirectory(corpus) ? corpus : Path.of("content");
        wipe(data);
        if (closedOnly) {
            closedLoop(notes, Bench.chunks(configFor(notes)), devQuestions());
            return 0;
        }
        var loader = new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath());
        // Distinct questions, and no query-embedding cache either: every ask pays for its embedding.
        var base = loader.load(Optional.empty(), Map.of("data.dir", data.toString(), "cache.embeddings.maxSize", "0"));
        var out = Terminal.out();
        var bench = new Bench(
                root -> loader.load(
                        Optional.empty(), Map.of("content.dir", root.toString(), "data.dir", data.toString())),
                Models.load(base),
                out);
        List<String> dev = devQuestions();
        var chunks = bench.heldOut(notes, dev);
        if (Files.isDirectory(zhCorpus)) {
            bench.indexOnly(zhCorpus);
        }
        if (Files.isRegularFile(jar)) {
            new ChildRestart(jar, notes, data, out).measure(dev.isEmpty() ? "What is this about?" : dev.get(0), 3);
            closedLoop(notes, chunks, dev);
        }
        List<String> questions = Bench.questions(dev, chunks);
        for (int size : sizes) {
            Path emptyNotes = Files.createDirectories(data.resolve("notes-" + size));
            bench.large(chunks.subList(0, Math.min(800, chunks.size())), size, emptyNotes, questions);
        }
        return 0;
    }

    private List<String> devQuestions() throws IOException {
        return Files.isRegularFile(devset)
                ? DevSet.load(devset).stream().map(DevSetQuestion::question).toList()
                : List.of();
    }

    private StudybotConfig configFor(Path notes) {
        return new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath())
                .load(Optional.empty(), Map.of("content.dir", notes.toString(), "data.dir", data.toString()));
    }

    /** Questions about these notes first (from their headings), then the dev set's: all distinct. */
    private void closedLoop(Path notes, List<Chunk> chunks, List<String> dev) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new UserError("The closed loop runs the jar " + jar + ": build it first (mvn -B package).");
        }
        var questions = new LinkedHashSet<>(Bench.questions(List.of(), chunks));
        questions.addAll(dev);
        var distinct = new ArrayList<>(questions);
        if (distinct.size() < 2) {
            throw new UserError("The closed loop needs notes with headings or the dev set: " + notes.toAbsolutePath()
                    + " gave " + distinct.size() + " question(s); run it from the project folder or pass --corpus.");
        }
        new ClosedLoop(jar, notes, data.resolve("closed-loop"), Terminal.out())
                .run(distinct.subList(0, Math.min(closedQuestions + 1, distinct.size())), 6);
    }

    private int liveBench() throws Exception {
        wipe(data);
        Path notes = Files.isDirectory(corpus) ? corpus : Path.of("content");
        var loader = new ConfigLoader(System.getenv(), Path.of("").toAbsolutePath());
        var base = loader.load(Optional.empty(), Map.of("data.dir", data.toString()));
        var bench = new LiveBench(
                root -> loader.load(
                        Optional.empty(), Map.of("content.dir", root.toString(), "data.dir", data.toString())),
                Models.load(base),
                Terminal.out());
        for (int size : List.of(10, 1000)) {
            Path vault = bench.vault(notes, data.resolve("vault-" + size), size);
            bench.saveToAnswerable(vault, size, Duration.ofSeconds(size == 1000 ? idleSeconds : 0));
        }
        return 0;
    }

    private int quizBench() throws Exception {
        wipe(data);
        var out = Terminal.out();
        var bench = new QuizBench(out);
        Path notes = Path.of("content");
        if (Files.isDirectory(notes)) {
            bench.pool("content", () -> QuizWiring.questionPool(notes, 2_000_000));
        }
        if (Files.isDirectory(corpus)) {
            bench.pool("held-out", () -> QuizWiring.questionPool(corpus, 2_000_000));
        }
        try (var db = Database.sqlite(data.resolve("quiz-bench.db"))) {
            bench.run("sqlite", db);
        }
        String url = pg != null ? pg : System.getenv("STUDYBOT_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            String schema = "bench_" + Long.toHexString(System.nanoTime());
            try (var db = Database.postgres(url, schema)) {
                bench.run("postgres", db);
            } finally {
                try (var c = DriverManager.getConnection(url);
                        var s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
        return 0;
    }

    private static void wipe(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
