package com.studybot.core.quiz;

import com.studybot.core.quiz.generate.QuestionGenerator;
import java.util.List;

/** Everything the quiz can ask: the cards written in the notes and the questions generated from them. */
public interface QuestionPool {
    /** All items, with the counts of rejected candidates. */
    QuestionGenerator.Result all();

    /** The items on a topic ("" for all); see {@link QuizItems#matches}. */
    default List<QuizItem> onTopic(String topic) {
        return all().items().stream().filter(i -> QuizItems.matches(i, topic)).toList();
    }

    /** The schedule item {@code id} came with (from Obsidian Spaced Repetition), for a user who has no memory of it. */
    default java.util.Optional<CardMemory> seed(String id) {
        return all().items().stream().filter(i -> i.id().equals(id)).findFirst().flatMap(QuizItem::seed);
    }
}
