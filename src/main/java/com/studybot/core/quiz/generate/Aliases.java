package com.studybot.core.quiz.generate;

import com.studybot.core.content.Note;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Other names the grader accepts for an answer: the note's title and frontmatter aliases when the answer
 * names the note's subject ("Kubernetes" also takes "K8s"), and the heading when it names the answer another
 * way ("Amazon ECS" for "Amazon Elastic Container Service (ECS)").
 */
final class Aliases {
    private Aliases() {}

    static List<String> of(String answer, Note note, List<String> headingPath) {
        var out = new LinkedHashSet<String>();
        if (TermForms.overlap(answer, note.title())
                || note.aliases().stream().anyMatch(a -> TermForms.overlap(a, answer))) {
            out.add(note.title());
            out.addAll(note.aliases());
        }
        if (!headingPath.isEmpty()) {
            String heading = headingPath.get(headingPath.size() - 1);
            if (TermForms.overlap(heading, answer)) {
                out.add(heading);
            }
        }
        out.removeIf(a -> Words.norm(a).equals(Words.norm(answer)));
        return List.copyOf(out);
    }
}
