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

    @Test
    void anArticleTheNotesGotWrongIsASlip() {
        // deeplearning-ai-notes (rated WEAK: the question repeats the slip)
        assertThat(QuestionChecks.garbled("There is an technique called _____ which tells you if it is correct."))
                .isTrue();
        assertThat(QuestionChecks.garbled("There are an algorithm which is called _____ that decides it."))
                .isTrue();
        assertThat(QuestionChecks.garbled("It takes an hour to train an _____ on an SQL table of an error."))
                .isFalse();
    }

    @Test
    void pluralQuantitiesAndLetterByLetterWordsAreNoSlip() {
        assertThat(QuestionChecks.garbled("There are a lot of ways to install an npm package over an ssh link."))
                .isFalse();
        assertThat(QuestionChecks.garbled("There are a few _____ in every cluster."))
                .isFalse();
    }

    @Test
    void theNotesArticleSlipsAreMendedSoTheQuestionStands() {
        // deeplearning-ai-notes, course 2: lost as "not a fact" before
        assertThat(
                        QuestionChecks.articlesMended(
                                "There is an technique called _____ which tells you if your implementation of backpropagation is correct."))
                .isEqualTo(
                        "There is a technique called _____ which tells you if your implementation of backpropagation is correct.");
        String fine = "There are a number of ways to reach an hour of training with an npm script.";
        assertThat(QuestionChecks.articlesMended(fine)).isEqualTo(fine);
        // "There are an algorithm …" stays a slip (mended, its question was rated BROKEN: it leans on unseen lines)
        assertThat(QuestionChecks.garbled(
                        QuestionChecks.articlesMended("There are an algorithm which is called _____.")))
                .isTrue();
    }

    @Test
    void aDescriptionOpeningWithABracketOrJoinedByDashesIsAFragment() {
        // clf-c02-notes: "(slowly retiring) – Layer 4 & 7" as the right option among phrases (rated WEAK)
        assertThat(QuestionChecks.fragment("(slowly retiring) – Layer 4 & 7")).isTrue();
        assertThat(QuestionChecks.fragment("load balancing at layer 7 - HTTP")).isTrue();
        assertThat(QuestionChecks.fragment("a load balancer for HTTP traffic (layer 7)"))
                .isFalse();
        assertThat(QuestionChecks.fragment("a pay-as-you-go model")).isFalse();
    }
}
