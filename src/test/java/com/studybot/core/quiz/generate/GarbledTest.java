package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text a question would repeat with the notes' slips in it. */
final class GarbledTest {
    @Test
    void aComparisonFinishedWithThenIsASlip() {
        // deeplearning-ai-notes, course 3: "If difference is much bigger then train-dev error its data mismatch"
        assertThat(QuestionChecks.garbled("If difference is much bigger then train-dev error its _____."))
                .isTrue();
        assertThat(QuestionChecks.garbled("A cluster is more expensive then a single node."))
                .isTrue();
    }

    @Test
    void thenInASequenceOfStepsIsNoSlip() {
        assertThat(QuestionChecks.garbled("Create the cluster then deploy the _____ to it."))
                .isFalse();
        assertThat(QuestionChecks.garbled("Sort the list in order then take the _____."))
                .isFalse();
        assertThat(QuestionChecks.garbled("If the error is bigger, then _____ helps."))
                .isFalse();
    }
}
