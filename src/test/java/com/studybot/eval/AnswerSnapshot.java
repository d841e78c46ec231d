package com.studybot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every dev-set answer as it was before the speed work (issue 16): its kind, text and passages, one line per
 * question ({@link Evaluation#print}). A change of the engine that changes any answer fails here with the questions
 * whose answer changed. When an answer is meant to change (a new decision, a better reader), write the snapshot
 * anew with {@code -Dstudybot.writeAnswerSnapshot=true} and say why in the commit.
 *
 * <p>ONNX Runtime picks its float kernels by CPU, so the vectors, and with them the order of near-tied passages and
 * an outcome at the threshold, differ a little from one kind of machine to another (42 of 450 answers between the
 * two kinds seen so far, with the same code). Each kind of machine has its snapshot ({@code answers*.snapshot});
 * the answers must equal one of them entirely. A meant change rewrites {@code answers.snapshot} on the machine it
 * runs on and deletes the others, which come back from a run on their kind of machine.
 */
final class AnswerSnapshot {
    static final Path DIR = Path.of("src/test/resources/devset");
    static final Path FILE = DIR.resolve("answers.snapshot");

    private AnswerSnapshot() {}

    static void check(List<Outcome> outcomes) {
        var now = new TreeMap<String, String>();
        outcomes.forEach(o -> now.put(o.question().id(), o.answerPrint()));
        assertThat(now).as("answers of the dev set").hasSizeGreaterThanOrEqualTo(400);
        if (Boolean.getBoolean("studybot.writeAnswerSnapshot")) {
            write(now);
            return;
        }
        Path closest = null;
        List<String> fewest = null;
        for (Path file : snapshots()) {
            Map<String, String> before = read(file);
            var changed = new ArrayList<String>();
            for (var e : now.entrySet()) {
                String was = before.get(e.getKey());
                if (!e.getValue().equals(was)) {
                    changed.add(e.getKey() + ": was " + was + ", now " + e.getValue());
                }
            }
            for (String id : before.keySet()) {
                if (!now.containsKey(id)) {
                    changed.add(id + ": no longer asked");
                }
            }
            if (changed.isEmpty()) {
                return;
            }
            if (fewest == null || changed.size() < fewest.size()) {
                fewest = changed;
                closest = file;
            }
        }
        assertThat(fewest)
                .as(
                        "answers that differ from the closest snapshot, %s (of %d); rewrite it only when the change"
                                + " is meant",
                        closest, now.size())
                .isNotNull()
                .isEmpty();
    }

    private static List<Path> snapshots() {
        try (var files = Files.list(DIR)) {
            return files.filter(f -> f.getFileName().toString().matches("answers.*\\.snapshot"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no answer snapshot in " + DIR, e);
        }
    }

    private static Map<String, String> read(Path file) {
        try {
            var map = new TreeMap<String, String>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    map.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("no answer snapshot at " + file, e);
        }
    }

    private static void write(Map<String, String> prints) {
        var lines = new ArrayList<String>();
        prints.forEach((id, print) -> lines.add(id + "\t" + print));
        try {
            for (Path other : snapshots()) {
                Files.delete(other);
            }
            Files.write(FILE, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
