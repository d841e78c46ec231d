package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandOptionsTest {
    private static Question choice(String answer, List<String> options) {
        return new Question(
                "uniq-c",
                "Which of these is described as “show number of occurences for each line”?",
                answer,
                List.of(),
                options,
                "linux-cheatsheet.pdf › uniq",
                "- -c / --count: show number of occurences for each line");
    }

    @Test
    void optionsAreShownByTheirFirstFormSoTheLongNameGivesNothingAway() {
        // from a blind review of the Linux cheat sheet: "--count" says "number of occurrences" again (rated WEAK)
        Question q = CommandOptions.firstForms(
                choice("-c / --count", List.of("-c / --count", "-b / --backup", "-d / --repeated", "-1")));
        assertThat(q.options()).containsExactly("-c", "-b", "-d", "-1");
        assertThat(q.answer()).isEqualTo("-c");
        // and every form the notes give is still right when typed
        var grader = new AnswerGrader();
        for (String typed : List.of("-c", "--count", "-c / --count")) {
            assertThat(grader.grade(typed, q.answer(), q.aliases()).correct())
                    .as(typed)
                    .isTrue();
        }
    }

    @Test
    void optionsWhoseFirstFormsWouldRepeatOrThatAreNoOptionsStayAsTheyAre() {
        Question repeated = choice("-c / --count", List.of("-c / --count", "-c / --bytes", "-d / --repeated"));
        assertThat(CommandOptions.firstForms(repeated)).isEqualTo(repeated);
        Question names = choice("git", List.of("git", "svn", "hg"));
        assertThat(CommandOptions.firstForms(names)).isEqualTo(names);
    }
}
