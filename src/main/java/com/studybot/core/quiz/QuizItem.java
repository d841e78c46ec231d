package com.studybot.core.quiz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One thing to learn, in the forms the quiz can ask it: typed (a card, a cloze) and multiple choice (when
 * siblings of the answer were found), at least one of them. Both forms share the id, so they share one
 * spaced-repetition memory. {@code choiceFirst} says which form a mixed quiz uses; {@code passage} is the
 * text of the section it came from; {@code seed} is the memory a user without one starts from (the schedule
 * Obsidian Spaced Repetition kept for a card). {@code restates} are the fact keys of the item this one says
 * again in another form (a true/false statement of a definition or a table row), so a quiz asks only one of them.
 */
public record QuizItem(
        String id,
        List<String> topics,
        Optional<Question> typed,
        Optional<Question> choice,
        boolean choiceFirst,
        String passage,
        Optional<CardMemory> seed,
        Set<String> restates) {
    /** An item restating no other, with the schedule {@code seed} from elsewhere (or none). */
    public QuizItem(
            String id,
            List<String> topics,
            Optional<Question> typed,
            Optional<Question> choice,
            boolean choiceFirst,
            String passage,
            Optional<CardMemory> seed) {
        this(id, topics, typed, choice, choiceFirst, passage, seed, Set.of());
    }

    /** An item with no schedule from elsewhere: a new user starts it from zero. */
    public QuizItem(
            String id,
            List<String> topics,
            Optional<Question> typed,
            Optional<Question> choice,
            boolean choiceFirst,
            String passage) {
        this(id, topics, typed, choice, choiceFirst, passage, Optional.empty(), Set.of());
    }

    public QuizItem {
        Objects.requireNonNull(id, "id");
        topics = List.copyOf(topics);
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(seed, "seed");
        restates = Set.copyOf(restates);
        if (typed.isEmpty() && choice.isEmpty()) {
            throw new IllegalArgumentException("an item needs a typed or a multiple-choice form: " + id);
        }
        if (typed.filter(q -> !q.id().equals(id)).isPresent()
                || choice.filter(q -> !q.id().equals(id)).isPresent()) {
            throw new IllegalArgumentException("both forms must carry the item id " + id);
        }
    }

    /**
     * Keys of the fact this item asks about: its id (without the ":meaning" of a "what is …?" twin) and each
     * written form of each answer. Two items sharing a key ask about the same thing (a card and the definition
     * it repeats, in whatever file), so a quiz asks only one of them. A true/false item's answer (True, False) is
     * no fact: its keys are those of the item it restates.
     */
    public Set<String> facts() {
        var keys = new LinkedHashSet<String>();
        keys.add(id.replaceFirst(":meaning$", ""));
        keys.addAll(new java.util.TreeSet<>(restates));
        for (Question q : List.of(typed, choice).stream()
                .flatMap(Optional::stream)
                .filter(q -> !TrueFalse.is(q))
                .toList()) {
            for (String form : q.answer().split("[()（）]")) {
                String n = form.toLowerCase(Locale.ROOT)
                        .strip()
                        .replaceFirst("^(?:the|an?|aws|amazon)\\s+", "")
                        .replaceAll("[^\\p{L}\\p{N}]+", "");
                if (n.length() > 1) { // one letter ("-a" of ls, "-a" of git) names no fact
                    keys.add("answer|" + n);
                }
            }
        }
        return keys;
    }

    /** Whether this item asks a statement to be judged true or false. */
    public boolean trueFalse() {
        return choice.filter(TrueFalse::is).isPresent();
    }

    /** The form a mixed quiz asks. */
    public Question natural() {
        return choiceFirst
                ? choice.or(() -> typed).orElseThrow()
                : typed.or(() -> choice).orElseThrow();
    }

    /** The form to show as a flash card: the typed one, else the multiple-choice prompt without options. */
    public Question card() {
        return typed.orElseGet(() -> choice.orElseThrow().withoutOptions());
    }
}
