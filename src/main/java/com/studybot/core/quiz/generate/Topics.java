package com.studybot.core.quiz.generate;

import com.studybot.core.content.HeadingPaths;
import com.studybot.core.content.Note;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

    /**
     * File and headings, leaving out every heading that names the answer (it would give it away) or its first
     * words ("Docker" above a question whose answer is Docker Compose or Docker Hub gives half of it).
     */
    static String context(String file, List<String> headingPath, String answer) {
        if (CommandOptions.option(answer)) {
            // "-R / --random-sort" under "sort": the command's heading says which tool, not which option; only a
            // heading that writes the option itself is left out (rated WEAK when no heading named the command)
            Predicate<String> written = text -> TermForms.of(answer).stream()
                    .filter(f -> f.startsWith("-"))
                    .anyMatch(f -> Words.containsPhrase(text, f));
            return context(file, headingPath, written, written);
        }
        return context(file, headingPath, List.of(answer));
    }

    /**
     * As {@link #context(String, List, String)} for a question among {@code options} (a table's rows, the things a
     * comparison compares; the answer alone for any other): a heading that names any of them is left out, since one
     * naming a wrong option misleads
     * ("Amazon AppStream 2.0" above "Which of these is described as “fully managed VDI …”?" → WorkSpaces was rated
     * WEAK in a blind review of the AWS notes).
     */
    static String context(String file, List<String> headingPath, List<String> options) {
        Predicate<String> forms = text -> options.stream()
                .anyMatch(o -> TermForms.of(o).stream().anyMatch(f -> Words.containsPhrase(text, f))
                        || Giveaways.givesAway(text, o));
        return context(
                file,
                headingPath,
                h -> forms.test(h) || options.stream().anyMatch(o -> TermForms.overlap(h, o) || opens(h, o)),
                forms);
    }

    /**
     * {@code headingPath} without a heading that is the name of another thing defined in the same section: the
     * label of a list item taken for a heading (a PDF's "fg" above "TAB: Auto complete command or path." and
     * "Ctrl + R: Search in command history", rated WEAK: the heading names the wrong thing).
     */
    static List<String> withoutSiblings(List<String> headingPath, List<String> siblings, String answer) {
        if (CommandOptions.option(answer)) {
            return headingPath; // "cat" above "-s": the command an option belongs to, defined beside it
        }
        String own = Words.norm(answer);
        Set<String> names = siblings.stream()
                .map(Words::norm)
                .filter(n -> !n.isEmpty() && !n.equals(own))
                .collect(Collectors.toSet());
        return headingPath.stream().filter(h -> !names.contains(Words.norm(h))).toList();
    }

    /**
     * Whether {@code heading} is the first word or words of a longer form of {@code answer}; a vendor's name
     * ("AWS" above AWS Fargate) is no part of the answer a student must know.
     */
    static boolean opens(String heading, String answer) {
        String h = Words.norm(heading);
        return !h.isEmpty()
                && !TermForms.VENDORS.contains(h)
                && TermForms.of(answer).stream().anyMatch(f -> Words.norm(f).startsWith(h + " "));
    }

    /**
     * File and headings, leaving out every heading that {@code heading} holds, and the file's name or a folder's
     * if {@code name} holds.
     */
    static String context(String file, List<String> headingPath, Predicate<String> heading, Predicate<String> name) {
        var kept = new ArrayList<String>();
        for (String h : headingPath) {
            if (!heading.test(h)) {
                kept.add(h);
            }
        }
        // a folder is seen as much as the file's name ("1- Neural Networks and Deep Learning/Readme.md" above "What
        // does CNN stand for?", rated WEAK: the path spells most of the answer)
        String[] parts = file.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = i == parts.length - 1 ? parts[i].replaceFirst("\\.[^.]+$", "") : parts[i];
            if (!part.isEmpty() && name.test(part)) {
                parts[i] = "…";
            }
        }
        String shown = String.join("/", parts);
        return kept.isEmpty() ? shown : shown + HeadingPaths.SEPARATOR + HeadingPaths.label(kept);
    }
}
