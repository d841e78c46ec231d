package com.studybot.core.quiz.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.state.Effect.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QuizMachineTest {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration PER_QUESTION = Duration.ofSeconds(60);
    static final Question TYPED = new Question(
            "q1",
            "Which AWS service runs containers without servers?",
            "AWS Fargate",
            List.of("Fargate"),
            List.of(),
            "aws/container-services.md › AWS Fargate",
            "AWS Fargate is a serverless compute engine for containers.");
    static final Question CHOICE = new Question(
            "q2",
            "What is the smallest unit Kubernetes deploys?",
            "Pod",
            List.of(),
            List.of("Node", "Pod", "Service", "Deployment"),
            "orchestration/kubernetes.md › Pods",
            "A pod is the smallest unit Kubernetes deploys.");

    private final QuizMachine machine = new QuizMachine(new AnswerGrader());

    private Transition start() {
        return machine.apply(
                new QuizState.Idle(), new QuizEvent.Start("aws", List.of(TYPED, CHOICE), PER_QUESTION), T0);
    }

    @Test
    void aQuizAsksGradesAndSummarises() {
        // GIVEN a two-question quiz
        Transition t = start();
        assertThat(t.effects()).singleElement().isInstanceOf(Effect.ShowQuestion.class);
        // WHEN the first is answered with a typo and the second by letter
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "fargat"), T0.plusSeconds(5));
        t = machine.apply(t.state(), new QuizEvent.Answer(1, "b"), T0.plusSeconds(9));
        // THEN both count and the quiz finishes with a summary
        assertThat(t.state()).isInstanceOf(QuizState.Finished.class);
        assertThat(((QuizState.Finished) t.state()).quiz().score()).isEqualTo(2);
        assertThat(t.effects()).contains(new Effect.Summary("aws", 2, 2, 2));
    }

    @Test
    void aRepeatedAnswerCountsOnce() {
        Transition t = start();
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate"), T0.plusSeconds(5));
        Transition again = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate"), T0.plusSeconds(6));
        assertThat(again.state()).isEqualTo(t.state());
        assertThat(again.effects())
                .singleElement()
                .isEqualTo(new Effect.Rejected("That question was already answered."));
    }

    @Test
    void aLateAnswerTimesOutAndAnEarlyTimeoutIsIgnored() {
        Transition t = start();
        Transition early = machine.apply(t.state(), new QuizEvent.Timeout(0), T0.plusSeconds(30));
        assertThat(early.state()).isEqualTo(t.state());
        Transition late = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate"), T0.plusSeconds(61));
        assertThat(late.effects().get(0)).isEqualTo(new Effect.Feedback(Outcome.TIMED_OUT, TYPED, "Fargate"));
        assertThat(((QuizState.Asking) late.state()).quiz().score()).isZero();
    }

    @Test
    void hintsRevealMoreAndRunOut() {
        Transition t = start();
        t = machine.apply(t.state(), new QuizEvent.Hint(), T0);
        assertThat(t.effects()).containsExactly(new Effect.ShowHint("AWS _______"));
        assertThat(QuizMachine.hintText("AWS Fargate", 1)).isEqualTo("AWS _______");
        assertThat(QuizMachine.hintText("AWS Fargate", 2)).isEqualTo("AWS Far____");
        t = machine.apply(t.state(), new QuizEvent.Hint(), T0);
        Transition third = machine.apply(t.state(), new QuizEvent.Hint(), T0);
        assertThat(third.effects()).singleElement().isInstanceOf(Effect.Rejected.class);
    }

    @Test
    void eventsOutsideAQuizAreExplainedAndChangeNothing() {
        Transition t = machine.apply(new QuizState.Idle(), new QuizEvent.Answer(0, "x"), T0);
        assertThat(t.state()).isEqualTo(new QuizState.Idle());
        assertThat(t.effects()).singleElement().isInstanceOf(Effect.Rejected.class);
        Transition running = start();
        Transition second =
                machine.apply(running.state(), new QuizEvent.Start("k8s", List.of(TYPED), PER_QUESTION), T0);
        assertThat(second.state()).isEqualTo(running.state());
    }

    @Test
    void stopMidQuizSummarisesAndReturnsToIdle() {
        Transition t = start();
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate"), T0.plusSeconds(1));
        t = machine.apply(t.state(), new QuizEvent.Stop(), T0.plusSeconds(2));
        assertThat(t.state()).isEqualTo(new QuizState.Idle());
        assertThat(t.effects()).containsExactly(new Effect.Summary("aws", 1, 1, 2));
    }

    @Test
    void aTopicWithoutQuestionsIsRefused() {
        Transition t = machine.apply(new QuizState.Idle(), new QuizEvent.Start("bread", List.of(), PER_QUESTION), T0);
        assertThat(t.state()).isEqualTo(new QuizState.Idle());
        assertThat(t.effects()).singleElement().isInstanceOf(Effect.Rejected.class);
    }
}
