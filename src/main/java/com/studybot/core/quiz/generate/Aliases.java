package com.studybot.core.quiz.generate;

import com.studybot.core.content.Note;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Other names the grader accepts for an answer: the note's title and frontmatter aliases when the answer
 * names the note's subject ("Kubernetes" also takes "K8s"), and the heading when it names the answer another
 * way ("Amazon ECS" for "Amazon Elastic Container Service (ECS)"), and the abbreviation of its words the note
 * writes ("IoU" for "Intersection Over Union", "ELB" for "Elastic Load Balancing").
 */
final class Aliases {
    private Aliases() {}

    /**
     * The initials of {@code answer}'s words (three words or more) as the note writes them somewhere, with a capital:
     * a student who has read the note may answer so. Words such as "of" and "and" may be left out of the initials.
     */
    static java.util.Optional<String> abbreviation(String answer, Note note) {
        String[] words = answer.strip().split("[\\s-]+");
        if (words.length < 3 || !java.util.Arrays.stream(words).allMatch(w -> w.matches("\\p{L}[\\p{L}\\d]*"))) {
            return java.util.Optional.empty();
        }
        var all = new StringBuilder();
        var content = new StringBuilder();
        for (String w : words) {
            all.append(w.charAt(0));
            if (!SMALL.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                content.append(w.charAt(0));
            }
        }
        for (String initials : new LinkedHashSet<>(List.of(all.toString(), content.toString()))) {
            if (initials.length() < 2) {
                continue;
            }
            var m = java.util.regex.Pattern.compile(
                            "(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(initials) + "(?![\\p{L}\\d])",
                            java.util.regex.Pattern.CASE_INSENSITIVE)
                    .matcher("");
            for (var s : note.sections()) {
                m.reset(s.text());
                while (m.find()) {
                    if (!m.group().equals(m.group().toLowerCase(java.util.Locale.ROOT))) {
                        return java.util.Optional.of(m.group());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static final java.util.Set<String> SMALL =
            java.util.Set.of("of", "and", "the", "for", "to", "in", "on", "a");

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
        abbreviation(answer, note).ifPresent(out::add);
        out.removeIf(a -> Words.norm(a).equals(Words.norm(answer)));
        return List.copyOf(out);
    }
}
