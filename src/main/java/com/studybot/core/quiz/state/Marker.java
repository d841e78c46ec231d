package com.studybot.core.quiz.state;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.TrueFalse;

/**
 * Says whether a typed answer is right: a true/false question by a word saying true or false ("t", "false", 对),
 * a choice by its letter, anything else by the grader.
 */
public final class Marker {
    private final AnswerGrader grader;

    public Marker(AnswerGrader grader) {
        this.grader = grader;
    }

    public boolean correct(Question q, String text) {
        var said = TrueFalse.is(q) ? TrueFalse.reading(text) : java.util.Optional.<Boolean>empty();
        if (said.isPresent()) {
            return said.get() == TrueFalse.truth(q); // "t", "false", 对
        }
        if (q.multipleChoice()) {
            String t = text.strip();
            if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                int choice = Character.toUpperCase(t.charAt(0)) - 'A';
                return choice >= 0
                        && choice < q.options().size()
                        && q.options().get(choice).equals(q.answer());
            }
        }
        return grader.grade(text, q.answer(), q.aliases()).correct();
    }
}
