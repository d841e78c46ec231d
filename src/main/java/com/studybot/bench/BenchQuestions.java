package com.studybot.bench;

import com.studybot.core.content.Chunk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Distinct questions for latency runs: the dev-set questions plus ones formed from the notes' headings. */
final class BenchQuestions {
    private BenchQuestions() {}

    static List<String> from(List<String> devSet, List<Chunk> chunks, int max) {
        var questions = new LinkedHashSet<String>(devSet);
        String[] forms = {"What is %s?", "Explain %s", "%s summary", "how does %s work"};
        int f = 0;
        for (Chunk c : chunks) {
            if (!c.headingPath().isEmpty()) {
                questions.add(String.format(
                        forms[f++ % forms.length],
                        c.headingPath().get(c.headingPath().size() - 1)));
            }
        }
        return new ArrayList<>(questions).subList(0, Math.min(max, questions.size()));
    }
}
