package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizItemFactsTest {
    private static QuizItem typed(String id, String answer) {
        var q = new Question(id, "Name it: prompt of " + id, answer, List.of(), List.of(), "notes.md", "quote");
        return new QuizItem(id, List.of(), Optional.of(q), Optional.empty(), false, "passage");
    }

    @Test
    void aOneLetterAnswerKeysNoFactSoTwoOptionsOfTwoCommandsStayTwoFacts() {
        // ls -a (all) and git add -a: once options show by their first form both answers read "-a"
        QuizItem ls = typed("ls-a", "-a");
        QuizItem git = typed("git-a", "-a");
        assertThat(ls.facts()).doesNotContainAnyElementsOf(git.facts());
        // names of two letters and more still key their fact, wherever it is asked
        assertThat(typed("one", "EC2").facts())
                .containsAnyElementsOf(typed("two", "EC2").facts());
    }
}
