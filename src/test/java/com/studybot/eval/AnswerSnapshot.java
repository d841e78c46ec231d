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
 */
final class AnswerSnapshot {
    static final Path FILE = Path.of("src/test/resources/devset/answers.snapshot");

    private AnswerSnapshot() {}

    static void check(List<Outcome> outcomes) {
        var now = new TreeMap<String, String>();
        outcomes.forEach(o -> now.put(o.question().id(), o.answerPrint()));
        assertThat(now).as("answers of the dev set").hasSizeGreaterThanOrEqualTo(400);
        if (Boolean.getBoolean("studybot.writeAnswerSnapshot")) {
            write(now);
            return;
        }
        Map<String, String> before = read();
        var changed = new ArrayList<String>();
        for (var e : now.entrySet()) {
            String was = before.get(e.getKey());
            if (!e.getValue().equals(was)) {
                changed.add(e.getKey() + ": was " + was + ", now " + e.getValue());
            }
        }
        assertThat(changed)
                .as(
                        "answers that differ from the snapshot (of %d); rewrite it only when the change is meant",
                        now.size())
                .isEmpty();
        assertThat(before.keySet()).as("questions of the snapshot still asked").isEqualTo(now.keySet());
    }

    private static Map<String, String> read() {
        try {
            var map = new TreeMap<String, String>();
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    map.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("no answer snapshot at " + FILE, e);
        }
    }

    private static void write(Map<String, String> prints) {
        var lines = new ArrayList<String>();
        prints.forEach((id, print) -> lines.add(id + "\t" + print));
        try {
            Files.write(FILE, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
