package com.studybot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.adapter.index.LuceneIndex;
import com.studybot.core.answer.AnswerPolicy;
import com.studybot.core.answer.CorpusSample;
import com.studybot.core.answer.DecisionFeatures;
import com.studybot.core.answer.PseudoQuestions;
import com.studybot.core.retrieval.PassageRetriever;
import com.studybot.core.retrieval.Query;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the answer threshold to the notes at hand (issue 13's self-calibration): after each index update it asks
 * the notes' own quiz items back as questions (the notes answer them) and a bundled set of questions on other
 * subjects (they don't), through the uncached answer path, and lets the shipped policy's {@link
 * AnswerPolicy.Calibration} set the threshold from their confidences. The sample (decision features, not
 * confidences) is kept beside the index, so a later start reads it instead of asking again, and it stands until the
 * index grows or shrinks by a tenth.
 * Without a calibration in the policy (or with {@code answer.minConfidence} set) the shipped threshold stands.
 */
public final class SelfCalibration {
    private static final Logger LOG = LoggerFactory.getLogger(SelfCalibration.class);
    /** The most questions of the notes asked (spread over all of them): enough for a quantile, bounded in time. */
    static final int MOST_POSITIVES = 150;

    /** The most notes whose quiz items are asked back: the question sample's cost does not grow with the folder. */
    static final int MOST_NOTES = 80;

    static final String FILE = "calibration.json";
    private static final String OFF_TOPIC = "/calibration/off-topic.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnswerPolicy base;
    private final AtomicReference<AnswerPolicy> current;
    private final LuceneIndex index;
    private final Path file;
    private final PassageRetriever retriever;
    private final Supplier<List<String>> prompts;
    private final int topK;
    private volatile Measured last;

    /**
     * A sample stands for an index that grew or shrank by at most this share of its chunks since it was
     * measured: saving a note does not make the notes' questions ask again (a second or two of work).
     */
    static final double STILL_THE_SAME = 0.10;

    private record Measured(long version, long chunks, CorpusSample sample) {
        boolean standsFor(long otherChunks) {
            return Math.abs(otherChunks - chunks) <= STILL_THE_SAME * Math.max(chunks, 1);
        }
    }

    /** What the file beside the index holds. */
    record Stored(
            long version, long chunks, List<String> features, List<double[]> positives, List<double[]> negatives) {}

    /**
     * {@code retriever}: the answer path without caches; {@code prompts}: the notes' quiz prompts, built when
     * asked (true/false statements left out).
     */
    SelfCalibration(
            AnswerPolicy base,
            LuceneIndex index,
            Path indexDir,
            PassageRetriever retriever,
            Supplier<List<String>> prompts,
            int topK) {
        this.base = base;
        this.current = new AtomicReference<>(base);
        this.index = index;
        this.file = indexDir.resolve(FILE);
        this.retriever = retriever;
        this.prompts = prompts;
        this.topK = topK;
    }

    /** The policy answers are decided by now: the shipped one, calibrated to these notes once they were measured. */
    public AnswerPolicy policy() {
        return current.get();
    }

    /**
     * At start: reads the sample kept beside the index (once per process, so a damaged file is reported once);
     * when it still stands for the index, it sets the threshold at once.
     */
    void load() {
        last = read().orElse(null);
        Measured m = last;
        if (m != null && m.standsFor(index.chunkCount())) {
            current.set(base.calibrated(m.sample()));
        }
    }

    /** After an index update: the threshold for the index as it is now (see {@link #sample()}). */
    void refresh() {
        if (base.calibration().isEmpty()) {
            return;
        }
        CorpusSample s = sample();
        AnswerPolicy calibrated = base.calibrated(s);
        if (current.getAndSet(calibrated).answerAt() != calibrated.answerAt()) {
            LOG.info(
                    "Answer threshold for these notes: {} (from {} questions of the notes and {} on other subjects;"
                            + " {} without calibration)",
                    String.format(Locale.ROOT, "%.2f", calibrated.answerAt()),
                    s.positives().size(),
                    s.negatives().size(),
                    String.format(Locale.ROOT, "%.2f", base.answerAt()));
        }
    }

    /**
     * The sample for the index as it is: the last one (read at start or measured since) while it still stands for
     * it (see {@link #STILL_THE_SAME}), else one measured now and kept beside the index.
     */
    public CorpusSample sample() {
        long version = index.version();
        long chunks = index.chunkCount();
        Measured m = last;
        if (m == null || !m.standsFor(chunks)) {
            m = new Measured(version, chunks, measure());
            write(m);
        } else if (m.version() != version) {
            m = new Measured(version, m.chunks(), m.sample()); // kept for this version too
            write(m);
        }
        last = m;
        return m.sample();
    }

    private CorpusSample measure() {
        var questions = new LinkedHashSet<String>();
        for (String prompt : prompts.get()) {
            PseudoQuestions.of(prompt).ifPresent(questions::add);
        }
        var positives = new ArrayList<double[]>();
        for (String q : spread(List.copyOf(questions), MOST_POSITIVES)) {
            positives.add(features(q));
        }
        var negatives = new ArrayList<double[]>();
        for (String q : offTopic()) {
            negatives.add(features(q));
        }
        return new CorpusSample(positives, negatives);
    }

    private double[] features(String question) {
        return DecisionFeatures.of(question, retriever.retrieve(new Query(question, topK)));
    }

    /** At most {@code n} of {@code all}, evenly spread over it (notes in order, so every part is asked). */
    static <T> List<T> spread(List<T> all, int n) {
        if (all.size() <= n) {
            return all;
        }
        var out = new ArrayList<T>(n);
        for (int i = 0; i < n; i++) {
            out.add(all.get((int) ((long) i * all.size() / n)));
        }
        return out;
    }

    /** The bundled questions on other subjects (cooking, sport, geography…), in English and Chinese. */
    static List<String> offTopic() {
        try (InputStream in = SelfCalibration.class.getResourceAsStream(OFF_TOPIC)) {
            if (in == null) {
                throw new IllegalStateException("The jar has no " + OFF_TOPIC);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + OFF_TOPIC, e);
        }
    }

    private Optional<Measured> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Stored s = JSON.readValue(file.toFile(), Stored.class);
            if (!DecisionFeatures.NAMES.equals(s.features())) {
                return Optional.empty();
            }
            return Optional.of(new Measured(s.version(), s.chunks(), new CorpusSample(s.positives(), s.negatives())));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring {} ({}); measuring the notes again", file, firstLine(e));
            return Optional.empty();
        }
    }

    private void write(Measured m) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            CorpusSample s = m.sample();
            JSON.writeValue(
                    tmp.toFile(),
                    new Stored(m.version(), m.chunks(), DecisionFeatures.NAMES, s.positives(), s.negatives()));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Cannot keep the answer calibration in {} ({}); it is measured again next time",
                    file,
                    e.getMessage());
        }
    }

    private static String firstLine(Exception e) {
        return String.valueOf(e.getMessage())
                .lines()
                .findFirst()
                .orElse(e.getClass().getSimpleName());
    }
}
