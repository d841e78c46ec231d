package com.studybot.core.quiz.generate;

import com.studybot.core.content.HeadingPaths;
import com.studybot.core.content.Note;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The topics an item belongs to, and the label shown while it is asked. */
final class Topics {
    private Topics() {}

    /** Its folder, the headings above it and the note's frontmatter tags. */
    static List<String> of(String file, List<String> headingPath, Optional<Note> note) {
        var topics = new LinkedHashSet<String>();
        int slash = file.indexOf('/');
        if (slash > 0) {
            topics.add(file.substring(0, slash));
        }
        topics.addAll(headingPath);
        note.ifPresent(n -> topics.addAll(n.tags()));
        return List.copyOf(topics);
    }

    /** File and headings, leaving out every heading that names the answer (it would give it away). */
    static String context(String file, List<String> headingPath, String answer) {
        var kept = new ArrayList<String>();
        for (String h : headingPath) {
            boolean names = TermForms.overlap(h, answer)
                    || TermForms.of(answer).stream().anyMatch(f -> Words.containsPhrase(h, f))
                    || Giveaways.givesAway(h, answer);
            if (!names) {
                kept.add(h);
            }
        }
        String shown = file;
        String base = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
        if (TermForms.of(answer).stream().anyMatch(f -> Words.containsPhrase(base, f))
                || Giveaways.givesAway(base, answer)) {
            int slash = file.lastIndexOf('/');
            shown = slash > 0 ? file.substring(0, slash + 1) + "…" : "…";
        }
        return kept.isEmpty() ? shown : shown + HeadingPaths.SEPARATOR + HeadingPaths.label(kept);
    }
}
