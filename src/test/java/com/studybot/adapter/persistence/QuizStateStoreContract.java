package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.state.Quiz;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every QuizStateStore must do; subclasses only say how to build one. */
abstract class QuizStateStoreContract {
    static final Question TYPED = new Question(
            "c1",
            "Which service runs containers serverless?",
            "AWS Fargate",
            List.of("Fargate"),
            List.of(),
            "aws.md › Fargate",
            "AWS Fargate is serverless.");
    static final Question CHOICE = new Question(
            "c2",
            "Smallest Kubernetes unit?",
            "Pod",
            List.of(),
            List.of("Node", "Pod", "Service"),
            "k8s.md › Pods",
            "A pod is the smallest unit.");

    abstract QuizStateStore store();

    @Test
    void aRunningQuizComesBackExactly() {
        var quiz = new Quiz("aws · 中文", QuizMode.MIXED, List.of(TYPED, CHOICE), Duration.ofSeconds(90), List.of(true));
        var asking = new QuizState.Asking(quiz, 1, Instant.parse("2026-11-23T10:01:30Z"), 1);
        store().save("alice@console", asking);
        assertThat(store().load("alice@console")).contains(asking);
    }

    @Test
    void aRevealedCardComesBackExactly() {
        // GIVEN a flash-card quiz whose second card's answer is shown after the user typed something
        var quiz = new Quiz("aws", QuizMode.CARDS, List.of(TYPED, CHOICE), Duration.ofSeconds(60), List.of(false));
        var revealed = new QuizState.Revealed(quiz, 1, "the \"pod\" · 中文");
        // WHEN it is saved
        store().save("carol", revealed);
        // THEN it loads back equal, mode included
        assertThat(store().load("carol")).contains(revealed);
    }

    @Test
    void aFinishedQuizIsKeptAndIdleForgetsIt() {
        var finished = new QuizState.Finished(
                new Quiz("k8s", QuizMode.CHOICE, List.of(CHOICE), Duration.ofSeconds(60), List.of(false)));
        store().save("bob", finished);
        assertThat(store().load("bob")).contains(finished);
        store().save("bob", new QuizState.Idle());
        assertThat(store().load("bob")).isEmpty();
    }

    @Test
    void scopesAreSeparate() {
        var quiz = new Quiz("t", QuizMode.TYPED, List.of(TYPED), Duration.ofSeconds(60), List.of());
        store().save("u1", new QuizState.Asking(quiz, 0, Instant.EPOCH, 0));
        assertThat(store().load("u2")).isEmpty();
    }
}
