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
            if (!Acronyms.SMALL.contains(w.toLowerCase(java.util.Locale.ROOT))) {
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

    /**
     * {@code item} with the words its abbreviation answers stand for also accepted ({@code expansions}, from
     * anywhere in the notes): "Elastic Container Registry" or "Amazon Elastic Container Registry" for a card's
     * "Amazon ECR", "Domain Name System" for "DNS" (reviews marked such questions down for refusing the full name).
     * Added once every check has run: the words are another way to answer, not part of the question.
     */
    static com.studybot.core.quiz.QuizItem withExpansions(
            com.studybot.core.quiz.QuizItem item,
            java.util.Map<String, String> expansions,
            java.util.Map<String, String> abbreviations) {
        return new com.studybot.core.quiz.QuizItem(
                item.id(),
                item.topics(),
                item.typed().map(q -> withContextName(withAbbreviation(withExpansion(q, expansions), abbreviations))),
                item.choice().map(q -> withExpansion(q, expansions)),
                item.choiceFirst(),
                item.passage(),
                item.seed(),
                item.restates());
    }

    /**
     * {@code q} with the abbreviation of its written-out answer also accepted, when the notes spell one out
     * anywhere ("ELB" for "Elastic Load Balancing"; a review marked a typed question down for refusing it), unless
     * the prompt writes the abbreviation (then it asks what the letters stand for).
     */
    private static com.studybot.core.quiz.Question withAbbreviation(
            com.studybot.core.quiz.Question q, java.util.Map<String, String> abbreviations) {
        String[] words = q.answer().strip().split("\\s+");
        boolean vendor = words.length > 2
                && com.studybot.core.quiz.AnswerGrader.VENDORS.contains(words[0].toLowerCase(java.util.Locale.ROOT));
        String name = vendor ? q.answer().strip().substring(words[0].length()).strip() : q.answer();
        String acronym = abbreviations.get(Words.norm(name));
        if (!q.options().isEmpty() || acronym == null || Words.containsPhrase(q.prompt(), acronym)) {
            return q;
        }
        return accepting(q, acronym, vendor ? words[0] : "");
    }

    private static com.studybot.core.quiz.Question withExpansion(
            com.studybot.core.quiz.Question q, java.util.Map<String, String> expansions) {
        if (!q.options().isEmpty()) {
            return q; // a choice is made among the options as shown
        }
        String[] words = q.answer().strip().split("\\s+");
        boolean vendor = words.length == 2
                && com.studybot.core.quiz.AnswerGrader.VENDORS.contains(words[0].toLowerCase(java.util.Locale.ROOT));
        String acronym = vendor ? words[1] : words.length == 1 ? words[0] : "";
        String spelt = expansions.get(acronym);
        if (!acronym.matches("\\p{Lu}[\\p{Lu}\\d]{1,5}") || spelt == null) {
            return q;
        }
        return accepting(q, spelt, vendor ? words[0] : "");
    }

    /**
     * The one-word name a note's first heading is or opens with: "IAM" of "IAM: Identity Access & Management (IAM)",
     * "Kubernetes"; not a topic of two words ("Machine Learning").
     */
    private static final java.util.regex.Pattern HEADING_NAME =
            java.util.regex.Pattern.compile("^(\\p{Lu}[\\p{IsLatin}\\d-]*)(?:\\s*[:(（–—]|$)");

    /**
     * {@code q}, whose answer is one word, also accepting it after the name its note's first heading opens with:
     * "IAM Users" for "Users" under "IAM: Identity Access & Management (IAM)", "Kubernetes nodes" for "Nodes" (a
     * review noted a student would be marked wrong for naming what the users belong to).
     */
    private static com.studybot.core.quiz.Question withContextName(com.studybot.core.quiz.Question q) {
        String answer = q.answer().strip();
        String[] path =
                q.citation().split(java.util.regex.Pattern.quote(com.studybot.core.content.HeadingPaths.SEPARATOR));
        if (!q.options().isEmpty() || !answer.matches("\\p{L}[\\p{L}\\d-]*") || path.length < 2) {
            return q;
        }
        var m = HEADING_NAME.matcher(path[1].strip());
        if (!m.find() || Words.norm(m.group(1)).equals(Words.norm(answer))) {
            return q;
        }
        return accepting(q, m.group(1) + " " + answer, "");
    }

    /** {@code q} also accepting {@code form}, and it after {@code vendor} when the answer names one ("Amazon"). */
    private static com.studybot.core.quiz.Question accepting(
            com.studybot.core.quiz.Question q, String form, String vendor) {
        var aliases = new LinkedHashSet<>(q.aliases());
        aliases.add(form);
        if (!vendor.isEmpty()) {
            aliases.add(vendor + " " + form);
        }
        return new com.studybot.core.quiz.Question(
                q.id(),
                q.prompt(),
                q.answer(),
                List.copyOf(aliases),
                q.options(),
                q.citation(),
                q.quote(),
                q.context());
    }

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
