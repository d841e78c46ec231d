package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashedPromptsTest {
    @Test
    void aPromptJoiningFragmentsWithDashesIsNotASentence() {
        // from blind reviews of the deep-learning and AWS notes (each rated WEAK)
        assertThat(QuestionChecks.dashJoined("Name it: Parameter of the momentum - 0.9 is recommended by default."))
                .isTrue();
        assertThat(QuestionChecks.dashJoined(
                        "The _____ is RNN - LSTM or GRU are included - and takes the input sequence."))
                .isTrue();
        assertThat(QuestionChecks.dashJoined("_____: (slowly retiring) – Layer 4 & 7."))
                .isTrue();
    }

    @Test
    void aLabelsDashAndALeadBeforeTheColonStand() {
        assertThat(QuestionChecks.dashJoined(
                        "_____ – a public online repository for containers published by the community."))
                .isFalse();
        assertThat(QuestionChecks.dashJoined("Amazon S3 Overview - Objects: max Object Size is _____."))
                .isFalse();
        assertThat(QuestionChecks.dashJoined("_____ is a serverless compute engine for containers."))
                .isFalse();
        assertThat(QuestionChecks.dashJoined("Use git add -A to stage everything: _____."))
                .isFalse();
    }

    @Test
    void aDashStandingForTheVerbTheNotesAlsoWroteGoes() {
        // the seeds: "Docker Compose – is a tool …" (rated WEAK for reading "_____ – is a tool")
        assertThat(QuestionGenerator.dashAndVerb("_____ – is a tool and configuration file."))
                .isEqualTo("_____ is a tool and configuration file.");
        assertThat(QuestionGenerator.dashAndVerb("_____ – a tool and configuration file."))
                .isEqualTo("_____: a tool and configuration file.");
        assertThat(QuestionGenerator.dashAndVerb("_____ – Layer 4 and 7 load balancing."))
                .isEqualTo("_____ – Layer 4 and 7 load balancing.");
    }

    @Test
    void anOptionNamedByADigitIsGivenAwayByItsWord() {
        // the Linux cheat sheet: ls -1, "One entry per line" (rated BROKEN once options showed by their first form)
        assertThat(QuestionChecks.digitSpelt("Which of these is described as “One entry per line”?", "-1"))
                .isTrue();
        assertThat(QuestionChecks.digitSpelt("Which of these is described as “list one file per line”?", "-l"))
                .isFalse();
        assertThat(QuestionChecks.digitSpelt("Which of these is described as “show the first lines”?", "-1"))
                .isFalse();
    }
}
