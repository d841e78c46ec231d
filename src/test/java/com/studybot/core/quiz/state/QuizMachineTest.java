package com.studybot.core.quiz.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.Rating;
import com.studybot.core.quiz.state.Effect.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        return start(QuizMode.MIXED);
    }

    private Transition start(QuizMode mode) {
        return machine.apply(
                new QuizState.Idle(), new QuizEvent.Start("aws", mode, List.of(TYPED, CHOICE), PER_QUESTION), T0);
    }

    private Transition revealed(String typed) {
        return machine.apply(start(QuizMode.CARDS).state(), new QuizEvent.Answer(0, typed), T0.plusSeconds(5));
    }

    private static Effect.Rejected rejected(String message) {
        return new Effect.Rejected(message);
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
        assertThat(late.effects().get(0))
                .isEqualTo(new Effect.Feedback(Outcome.TIMED_OUT, TYPED, "Fargate", Rating.AGAIN, Effect.Again.LATER));
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
        Transition second = machine.apply(
                running.state(), new QuizEvent.Start("k8s", QuizMode.MIXED, List.of(TYPED), PER_QUESTION), T0);
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
        Transition t = machine.apply(
                new QuizState.Idle(), new QuizEvent.Start("bread", QuizMode.MIXED, List.of(), PER_QUESTION), T0);
        assertThat(t.state()).isEqualTo(new QuizState.Idle());
        assertThat(t.effects()).singleElement().isInstanceOf(Effect.Rejected.class);
    }

    @Test
    void aRightAnswerRatesGoodOrHardAfterAHintAndAMissRatesAgain() {
        // GIVEN a mixed quiz
        Transition t = start();
        // WHEN the first is answered right without a hint, and the second right after a hint
        Transition first = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate"), T0.plusSeconds(5));
        Transition hinted = machine.apply(first.state(), new QuizEvent.Hint(), T0.plusSeconds(6));
        Transition second = machine.apply(hinted.state(), new QuizEvent.Answer(1, "b"), T0.plusSeconds(7));
        Transition wrong = machine.apply(first.state(), new QuizEvent.Answer(1, "a"), T0.plusSeconds(7));
        Transition skipped = machine.apply(first.state(), new QuizEvent.Skip(1), T0.plusSeconds(7));
        // THEN right is GOOD, right after a hint is HARD, anything else AGAIN
        assertThat(first.effects().get(0))
                .isEqualTo(new Effect.Feedback(Outcome.CORRECT, TYPED, "Fargate", Rating.GOOD));
        assertThat(second.effects().get(0)).isEqualTo(new Effect.Feedback(Outcome.CORRECT, CHOICE, "b", Rating.HARD));
        assertThat(wrong.effects().get(0))
                .isEqualTo(new Effect.Feedback(Outcome.WRONG, CHOICE, "a", Rating.AGAIN, Effect.Again.LATER));
        assertThat(skipped.effects().get(0))
                .isEqualTo(new Effect.Feedback(Outcome.SKIPPED, CHOICE, "", Rating.AGAIN, Effect.Again.LATER));
    }

    @Test
    void aQuizKeepsTheModeItWasStartedIn() {
        // GIVEN / WHEN a quiz started as flash cards
        Transition t = start(QuizMode.CARDS);
        // THEN it is one, and asks its first card as usual
        assertThat(((QuizState.Asking) t.state()).quiz().mode()).isEqualTo(QuizMode.CARDS);
        assertThat(t.effects()).singleElement().isInstanceOf(Effect.ShowQuestion.class);
    }

    @Test
    void aTypedCardRevealsTheAnswerAndSaysWhetherItMatches() {
        // GIVEN a flash-card quiz
        Quiz quiz = ((QuizState.Asking) start(QuizMode.CARDS).state()).quiz();
        // WHEN the user types an answer (right, wrong or blank) first
        Transition right = revealed("fargat");
        Transition wrong = revealed("Lambda");
        Transition blank = revealed("  ");
        // THEN the answer is shown for self-grading, nothing is graded yet
        assertThat(right.state()).isEqualTo(new QuizState.Revealed(quiz, 0, "fargat"));
        assertThat(right.effects()).containsExactly(new Effect.Reveal(TYPED, "fargat", true));
        assertThat(wrong.effects()).containsExactly(new Effect.Reveal(TYPED, "Lambda", false));
        assertThat(blank.effects()).containsExactly(new Effect.Reveal(TYPED, "  ", false));
    }

    @Test
    void aCardRevealedWithoutTypingShowsTheAnswer() {
        // GIVEN a flash-card quiz
        Transition t = start(QuizMode.CARDS);
        Quiz quiz = ((QuizState.Asking) t.state()).quiz();
        // WHEN the user reveals the answer
        t = machine.apply(t.state(), new QuizEvent.Reveal(0), T0.plusSeconds(5));
        // THEN it is shown, with nothing typed
        assertThat(t.state()).isEqualTo(new QuizState.Revealed(quiz, 0, ""));
        assertThat(t.effects()).containsExactly(new Effect.Reveal(TYPED, "", false));
    }

    @Test
    void flashCardsHaveNoDeadline() {
        // GIVEN a flash-card quiz whose time per question has long passed
        Transition t = start(QuizMode.CARDS);
        Instant late = T0.plus(PER_QUESTION).plusSeconds(600);
        // WHEN the clock says time is up, and the user answers late
        Transition timeout = machine.apply(t.state(), new QuizEvent.Timeout(0), late);
        Transition answer = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate"), late);
        // THEN the timeout is refused and the late answer still reveals the card
        assertThat(timeout.state()).isEqualTo(t.state());
        assertThat(timeout.effects()).containsExactly(rejected("Flash cards have no time limit: take your time."));
        assertThat(answer.state()).isInstanceOf(QuizState.Revealed.class);
        assertThat(answer.effects()).containsExactly(new Effect.Reveal(TYPED, "Fargate", true));
    }

    @ParameterizedTest
    @EnumSource(Rating.class)
    void theUsersRatingSettlesTheCard(Rating rating) {
        // GIVEN a card whose answer is shown
        Transition t = revealed("Fargate");
        // WHEN the user rates it
        t = machine.apply(t.state(), new QuizEvent.Rate(0, rating), T0.plusSeconds(9));
        // THEN AGAIN counts as not known (the card comes back later), anything else as right, and the next card
        // is asked
        Outcome outcome = rating == Rating.AGAIN ? Outcome.AGAIN : Outcome.CORRECT;
        var again = rating == Rating.AGAIN ? Effect.Again.LATER : Effect.Again.NO;
        assertThat(t.effects()).hasSize(2);
        assertThat(t.effects().get(0)).isEqualTo(new Effect.Feedback(outcome, TYPED, "Fargate", rating, again));
        assertThat(t.effects().get(1)).isInstanceOf(Effect.ShowQuestion.class);
        var asking = (QuizState.Asking) t.state();
        assertThat(asking.index()).isEqualTo(1);
        assertThat(asking.quiz().score()).isEqualTo(outcome == Outcome.CORRECT ? 1 : 0);
    }

    @Test
    void ratingTheLastCardFinishesTheQuiz() {
        // GIVEN a flash-card quiz with the first card rated good and the second revealed
        Transition t = revealed("Fargate");
        t = machine.apply(t.state(), new QuizEvent.Rate(0, Rating.GOOD), T0.plusSeconds(9));
        t = machine.apply(t.state(), new QuizEvent.Reveal(1), T0.plusSeconds(10));
        // WHEN the second is rated again, comes back, and is rated good the second time
        t = machine.apply(t.state(), new QuizEvent.Rate(1, Rating.AGAIN), T0.plusSeconds(11));
        assertThat(t.effects().get(0))
                .isEqualTo(new Effect.Feedback(Outcome.AGAIN, CHOICE, "", Rating.AGAIN, Effect.Again.LATER));
        assertThat(t.effects().get(1))
                .isEqualTo(new Effect.ShowQuestion(3, 3, CHOICE, T0.plusSeconds(71), QuizMode.CARDS));
        t = machine.apply(t.state(), new QuizEvent.Reveal(2), T0.plusSeconds(12));
        t = machine.apply(t.state(), new QuizEvent.Rate(2, Rating.GOOD), T0.plusSeconds(13));
        // THEN the quiz is finished with one right the first time, and the card to review
        assertThat(t.effects())
                .containsExactly(
                        new Effect.Feedback(Outcome.CORRECT, CHOICE, "", Rating.GOOD, Effect.Again.WAS_AGAIN),
                        new Effect.Summary("aws", 1, 2, 2, List.of(CHOICE)));
        assertThat(((QuizState.Finished) t.state()).quiz().results()).containsExactly(true, false, true);
    }

    @Test
    void skippingARevealedCardRatesItAgain() {
        // GIVEN a card whose answer is shown
        Transition t = revealed("Lambda");
        // WHEN the user skips it
        t = machine.apply(t.state(), new QuizEvent.Skip(0), T0.plusSeconds(9));
        // THEN it counts as skipped, rated again
        assertThat(t.effects().get(0))
                .isEqualTo(new Effect.Feedback(Outcome.SKIPPED, TYPED, "Lambda", Rating.AGAIN, Effect.Again.LATER));
        assertThat(((QuizState.Asking) t.state()).index()).isEqualTo(1);
    }

    @Test
    void aRevealedCardWaitsForARating() {
        // GIVEN a card whose answer is shown
        Transition t = revealed("Fargate");
        var events = List.of(
                new QuizEvent.Hint(),
                new QuizEvent.Answer(0, "AWS Fargate"),
                new QuizEvent.Reveal(0),
                new QuizEvent.Timeout(0));
        for (QuizEvent event : events) {
            // WHEN anything but a rating, a skip or a stop arrives
            Transition next =
                    machine.apply(t.state(), event, T0.plus(PER_QUESTION).plusSeconds(1));
            // THEN it is refused and nothing changes
            assertThat(next.state()).as("%s", event).isEqualTo(t.state());
            assertThat(next.effects()).as("%s", event).containsExactly(rejected("Rate it: again, hard, good or easy."));
        }
    }

    @Test
    void aRatingBeforeTheAnswerIsShownIsRefused() {
        // GIVEN an idle user, a card on screen, a typed question on screen and a finished quiz
        Transition cards = start(QuizMode.CARDS);
        Transition mixed = start();
        Transition done = machine.apply(revealed("x").state(), new QuizEvent.Rate(0, Rating.GOOD), T0);
        done = machine.apply(done.state(), new QuizEvent.Skip(1), T0);
        for (QuizState state : List.of(new QuizState.Idle(), cards.state(), mixed.state(), done.state())) {
            // WHEN a rating arrives
            Transition t = machine.apply(state, new QuizEvent.Rate(0, Rating.GOOD), T0.plusSeconds(1));
            // THEN it is refused and nothing changes
            assertThat(t.state()).isEqualTo(state);
            assertThat(t.effects()).containsExactly(rejected("Rate a card once its answer is shown."));
        }
    }

    @Test
    void onlyFlashCardsAreRevealed() {
        // GIVEN a mixed quiz
        Transition t = start();
        // WHEN the user asks to reveal the answer
        Transition reveal = machine.apply(t.state(), new QuizEvent.Reveal(0), T0.plusSeconds(1));
        // THEN it is refused and nothing changes
        assertThat(reveal.state()).isEqualTo(t.state());
        assertThat(reveal.effects())
                .containsExactly(rejected("Only flash cards are revealed: answer, take a hint or skip."));
    }

    @Test
    void cardEventsNamingAnotherCardAreRefused() {
        // GIVEN a card on screen and a card whose answer is shown
        Transition asking = start(QuizMode.CARDS);
        Transition shown = revealed("Fargate");
        // WHEN events name the second card
        Transition reveal = machine.apply(asking.state(), new QuizEvent.Reveal(1), T0.plusSeconds(1));
        Transition rate = machine.apply(shown.state(), new QuizEvent.Rate(1, Rating.EASY), T0.plusSeconds(1));
        Transition answer = machine.apply(shown.state(), new QuizEvent.Answer(1, "Pod"), T0.plusSeconds(1));
        // THEN they are refused as answered before, and nothing changes
        assertThat(List.of(reveal, rate, answer))
                .allSatisfy(
                        t -> assertThat(t.effects()).containsExactly(rejected("That question was already answered.")));
        assertThat(reveal.state()).isEqualTo(asking.state());
        assertThat(rate.state()).isEqualTo(shown.state());
        assertThat(answer.state()).isEqualTo(shown.state());
    }

    @Test
    void stopWhileACardIsShownSummarisesTheCardsSoFar() {
        // GIVEN the first card rated good and the second shown
        Transition t = revealed("Fargate");
        t = machine.apply(t.state(), new QuizEvent.Rate(0, Rating.GOOD), T0.plusSeconds(2));
        t = machine.apply(t.state(), new QuizEvent.Reveal(1), T0.plusSeconds(3));
        // WHEN the user stops
        t = machine.apply(t.state(), new QuizEvent.Stop(), T0.plusSeconds(4));
        // THEN the quiz is over after one card
        assertThat(t.state()).isEqualTo(new QuizState.Idle());
        assertThat(t.effects()).containsExactly(new Effect.Summary("aws", 1, 1, 2));
    }

    @Test
    void aNewQuizCannotStartWhileACardIsShown() {
        // GIVEN a card whose answer is shown
        Transition t = revealed("Fargate");
        // WHEN another quiz is started
        Transition second = machine.apply(
                t.state(),
                new QuizEvent.Start("k8s", QuizMode.MIXED, List.of(CHOICE), PER_QUESTION),
                T0.plusSeconds(1));
        // THEN it is refused and nothing changes
        assertThat(second.state()).isEqualTo(t.state());
        assertThat(second.effects())
                .containsExactly(rejected("A quiz is already running: answer, skip or stop it first."));
    }

    @Test
    void aMissedQuestionComesBackBeforeTheEndAndTheSummaryListsWhatToReview() {
        // GIVEN a two-question quiz whose first question is missed
        Transition t = start();
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "Lambda"), T0.plusSeconds(5));
        assertThat(t.effects().get(0))
                .isEqualTo(new Effect.Feedback(Outcome.WRONG, TYPED, "Lambda", Rating.AGAIN, Effect.Again.LATER));
        // WHEN the second is answered right
        t = machine.apply(t.state(), new QuizEvent.Answer(1, "b"), T0.plusSeconds(10));
        // THEN the missed one is asked a third time round, as question 3 of 3
        assertThat(t.effects().get(1))
                .isEqualTo(new Effect.ShowQuestion(3, 3, TYPED, T0.plusSeconds(70), QuizMode.MIXED));
        // WHEN it is answered right this time
        t = machine.apply(t.state(), new QuizEvent.Answer(2, "Fargate"), T0.plusSeconds(15));
        // THEN it does not count for the score a second time and the summary names it to review
        assertThat(t.effects())
                .containsExactly(
                        new Effect.Feedback(Outcome.CORRECT, TYPED, "Fargate", Rating.GOOD, Effect.Again.WAS_AGAIN),
                        new Effect.Summary("aws", 1, 2, 2, List.of(TYPED)));
    }

    @Test
    void aQuestionMissedTwiceIsNotAskedAThirdTime() {
        Transition t = start();
        t = machine.apply(t.state(), new QuizEvent.Skip(0), T0.plusSeconds(5));
        t = machine.apply(t.state(), new QuizEvent.Answer(1, "b"), T0.plusSeconds(6));
        t = machine.apply(t.state(), new QuizEvent.Skip(2), T0.plusSeconds(7));
        assertThat(t.state()).isInstanceOf(QuizState.Finished.class);
        assertThat(t.effects().get(0))
                .isEqualTo(new Effect.Feedback(Outcome.SKIPPED, TYPED, "", Rating.AGAIN, Effect.Again.WAS_AGAIN));
        assertThat(t.effects().get(1)).isEqualTo(new Effect.Summary("aws", 1, 2, 2, List.of(TYPED)));
    }

    @Test
    void anEmptyAnswerOrALetterThatIsNoOptionIsAskedAgainNotCounted() {
        Transition t = start();
        Transition empty = machine.apply(t.state(), new QuizEvent.Answer(0, "  "), T0.plusSeconds(5));
        assertThat(empty.state()).isEqualTo(t.state());
        assertThat(empty.effects()).containsExactly(rejected(QuizMachine.EMPTY_ANSWER));
        // on multiple choice
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate"), T0.plusSeconds(6));
        Transition letter = machine.apply(t.state(), new QuizEvent.Answer(1, "e"), T0.plusSeconds(7));
        assertThat(letter.state()).isEqualTo(t.state());
        assertThat(letter.effects())
                .containsExactly(rejected("There is no option E: answer with a letter from A to D, or type the name."));
        // a letter that is an option is an answer like any other
        Transition wrong = machine.apply(t.state(), new QuizEvent.Answer(1, "a"), T0.plusSeconds(8));
        assertThat(wrong.effects().get(0)).isInstanceOf(Effect.Feedback.class);
    }

    @Test
    void aHintOnMultipleChoiceStrikesOutTwoWrongOptionsOnce() {
        Transition t = start();
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate"), T0.plusSeconds(5));
        Transition hinted = machine.apply(t.state(), new QuizEvent.Hint(), T0.plusSeconds(6));
        String hint = ((Effect.ShowHint) hinted.effects().get(0)).hint();
        assertThat(hint).startsWith("it is one of ").contains("B) Pod");
        long shown =
                CHOICE.options().stream().filter(o -> hint.contains(") " + o)).count();
        assertThat(shown).isEqualTo(2);
        assertThat(machine.apply(hinted.state(), new QuizEvent.Hint(), T0.plusSeconds(7))
                        .effects())
                .containsExactly(rejected("No more hints for this question."));
        // the same two are struck out every time
        assertThat(QuizMachine.fiftyFifty(CHOICE)).isEqualTo(hint);
    }

    @Test
    void theHintOfATwoOptionQuestionStrikesNothingOut() {
        // GIVEN an "X vs Y" question: two options
        var twoWay = new Question(
                "vs1",
                "Which of these operates at the subnet level?",
                "Network ACL",
                List.of(),
                List.of("Security Group", "Network ACL"),
                "vpc.md",
                "Security Group: Operates at the instance level / Network ACL: Operates at the subnet level");
        // WHEN its fifty-fifty hint is worked out
        String hint = QuizMachine.fiftyFifty(twoWay);
        // THEN both options stay (striking the wrong one would give the answer)
        assertThat(hint).isEqualTo("it is one of A) Security Group or B) Network ACL");
    }

    @Test
    void theHintOfAThreeOptionQuestionLeavesOneWrongOption() {
        // GIVEN a question of three options
        var threeWay = new Question(
                "vs2",
                "Which of these is described as “accessible over the internet, usually via a web browser”?",
                "SaaS",
                List.of(),
                List.of("IaaS", "PaaS", "SaaS"),
                "cloud.md",
                "quote");
        // WHEN its hint is worked out
        String hint = QuizMachine.fiftyFifty(threeWay);
        // THEN the answer and exactly one wrong option are left
        assertThat(hint).contains("C) SaaS");
        assertThat(hint.split(" or |, ")).hasSize(2);
    }

    @Test
    void aTypedAnswerMarkedWrongMayBeCountedRightOnce() {
        // GIVEN a typed answer the grader did not accept
        Transition t = start();
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate serverless"), T0.plusSeconds(5));
        assertThat(((Effect.Feedback) t.effects().get(0)).outcome()).isEqualTo(Outcome.WRONG);
        var asking = (QuizState.Asking) t.state();
        assertThat(asking.quiz().overrulable()).isZero();
        // WHEN the user says "I was right" while the next question is on screen
        Transition right = machine.apply(t.state(), new QuizEvent.Overrule(0), T0.plusSeconds(6));
        // THEN it counts as right, it does not come back, and the question on screen stays
        assertThat(right.effects()).containsExactly(new Effect.Overruled(TYPED));
        var after = (QuizState.Asking) right.state();
        assertThat(after.quiz().score()).isEqualTo(1);
        assertThat(after.quiz().questions()).containsExactly(TYPED, CHOICE);
        assertThat(after.index()).isEqualTo(1);
        assertThat(after.deadline()).isEqualTo(asking.deadline());
        // AND only once
        assertThat(machine.apply(right.state(), new QuizEvent.Overrule(0), T0.plusSeconds(7))
                        .effects())
                .containsExactly(rejected(QuizMachine.NOT_OVERRULABLE));
    }

    @Test
    void aSkipALetterOrAnOlderAnswerCannotBeOverruled() {
        Transition t = start();
        Transition skipped = machine.apply(t.state(), new QuizEvent.Skip(0), T0.plusSeconds(5));
        assertThat(machine.apply(skipped.state(), new QuizEvent.Overrule(0), T0.plusSeconds(6))
                        .effects())
                .containsExactly(rejected(QuizMachine.NOT_OVERRULABLE));
        Transition typed = machine.apply(t.state(), new QuizEvent.Answer(0, "Lambda"), T0.plusSeconds(5));
        Transition letter = machine.apply(typed.state(), new QuizEvent.Answer(1, "a"), T0.plusSeconds(6));
        // the letter answer to question 2 is now the last: question 1's can no longer be overruled, nor 2's
        assertThat(machine.apply(letter.state(), new QuizEvent.Overrule(0), T0.plusSeconds(7))
                        .effects())
                .containsExactly(rejected(QuizMachine.NOT_OVERRULABLE));
        assertThat(machine.apply(letter.state(), new QuizEvent.Overrule(1), T0.plusSeconds(7))
                        .effects())
                .containsExactly(rejected(QuizMachine.NOT_OVERRULABLE));
    }

    @Test
    void overrulingTheLastAnswerOfAFinishedQuizUpdatesItsSummary() {
        // GIVEN a quiz whose first question was missed, then its second asking missed with a typed answer
        Transition t = start();
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "Lambda"), T0.plusSeconds(5));
        t = machine.apply(t.state(), new QuizEvent.Answer(1, "b"), T0.plusSeconds(6));
        t = machine.apply(t.state(), new QuizEvent.Answer(2, "Fargate engine"), T0.plusSeconds(7));
        assertThat(t.state()).isInstanceOf(QuizState.Finished.class);
        // WHEN the user overrules the second asking
        Transition right = machine.apply(t.state(), new QuizEvent.Overrule(2), T0.plusSeconds(8));
        // THEN it counts as right there (the first asking stays missed: it is still to review)
        assertThat(right.effects())
                .containsExactly(new Effect.Overruled(TYPED), new Effect.Summary("aws", 1, 2, 2, List.of(TYPED)));
    }

    @Test
    void overrulingAMissWhoseSecondAskingIsOnScreenMovesOn() {
        // GIVEN a one-question quiz missed with a typed answer: its second asking is on screen
        Transition t = machine.apply(
                new QuizState.Idle(), new QuizEvent.Start("aws", QuizMode.MIXED, List.of(TYPED), PER_QUESTION), T0);
        t = machine.apply(t.state(), new QuizEvent.Answer(0, "Fargate engine"), T0.plusSeconds(5));
        assertThat(((QuizState.Asking) t.state()).index()).isEqualTo(1);
        // WHEN overruled
        Transition right = machine.apply(t.state(), new QuizEvent.Overrule(0), T0.plusSeconds(6));
        // THEN the quiz is done, one of one right
        assertThat(right.state()).isInstanceOf(QuizState.Finished.class);
        assertThat(right.effects())
                .containsExactly(new Effect.Overruled(TYPED), new Effect.Summary("aws", 1, 1, 1, List.of()));
    }
}
