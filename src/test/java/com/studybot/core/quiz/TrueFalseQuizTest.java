package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.state.QuizMachine;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.testing.InMemoryCardMemoryStore;
import com.studybot.testing.InMemoryQuizStateStore;
import com.studybot.testing.InMemoryScoreStore;
import com.studybot.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A quiz asks true/false statements as a minority, and never a statement with another form of its fact. */
final class TrueFalseQuizTest {
    private static final int FACTS = 12;

    /** Fact n: a value question, and before it (as the generator places it) its true/false statement. */
    private static List<QuizItem> pool() {
        var items = new ArrayList<QuizItem>();
        for (int n = 0; n < FACTS; n++) {
            var value = new Question(
                    "gen:value:" + n,
                    "What is the port number of service " + n + "?",
                    String.valueOf(100 + n),
                    List.of(),
                    List.of(String.valueOf(100 + n), "1", "2", "3"),
                    "ports.md › Ports",
                    "quote " + n);
            var base = new QuizItem(value.id(), List.of("ports"), Optional.empty(), Optional.of(value), true, "p");
            var statement = new Question(
                    "gen:tf:" + n,
                    "True or false: The port number of service " + n + " is " + (100 + n) + ".",
                    TrueFalse.answer(n % 2 == 0, false),
                    TrueFalse.aliases(n % 2 == 0),
                    TrueFalse.options(false),
                    "ports.md › Ports",
                    "quote " + n);
            items.add(new QuizItem(
                    statement.id(),
                    List.of("ports"),
                    Optional.empty(),
                    Optional.of(statement),
                    true,
                    "p",
                    Optional.empty(),
                    base.facts()));
            items.add(base);
        }
        return List.copyOf(items);
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final QuizService service = new QuizService(
            () -> new QuestionGenerator.Result(pool(), Map.of()),
            new InMemoryCardMemoryStore(),
            new InMemoryQuizStateStore(),
            new InMemoryScoreStore(),
            new QuizMachine(new AnswerGrader()),
            new Fsrs(FsrsParameters.defaults()),
            clock,
            Duration.ofMinutes(2));

    private List<Question> quiz(int count, QuizMode mode) {
        var learner = Learner.solo("ann-" + count + mode);
        service.start(learner, "", count, mode);
        return ((com.studybot.core.quiz.state.QuizState.Asking) service.state(learner))
                .quiz()
                .questions();
    }

    private static long statements(List<Question> quiz) {
        return quiz.stream().filter(TrueFalse::is).count();
    }

    @Test
    void aQuizAsksAboutOneStatementInFour() {
        // WHEN quizzes of 8, 4 and 2 questions are started on a pool where every fact has a statement first
        var eight = quiz(8, QuizMode.MIXED);
        var four = quiz(4, QuizMode.MIXED);
        var two = quiz(2, QuizMode.MIXED);
        // THEN statements are a minority: two of 8, one of 4, none of 2
        assertThat(eight).hasSize(8);
        assertThat(statements(eight)).isEqualTo(2);
        assertThat(statements(four)).isEqualTo(1);
        assertThat(statements(two)).isZero();
        // AND no fact is asked twice: a statement's fact is not asked as its value question too
        for (Question q : eight.stream().filter(TrueFalse::is).toList()) {
            String n = q.id().substring("gen:tf:".length());
            assertThat(eight).extracting(Question::id).doesNotContain("gen:value:" + n);
        }
    }

    @Test
    void multipleChoiceQuizzesMayAskStatementsAndFlashCardsNever() {
        assertThat(statements(quiz(8, QuizMode.CHOICE))).isEqualTo(2);
        assertThat(statements(quiz(8, QuizMode.CARDS))).isZero();
    }

    @Test
    void aStatementsFactsAreThoseItRestatesNotItsAnswer() {
        // GIVEN two statements of different facts, both true
        var items = pool();
        QuizItem first = items.get(0);
        QuizItem other = items.get(4);
        // THEN they share no fact (True is no fact), and each shares its base's facts
        assertThat(first.trueFalse()).isTrue();
        assertThat(first.facts()).doesNotContain("answer|true", "answer|false");
        assertThat(Set.copyOf(first.facts())).doesNotContainAnyElementsOf(other.facts());
        assertThat(first.facts()).containsAll(items.get(1).facts());
        assertThat(QuizItems.oneEachFact(items)).doesNotContain(items.get(1)).contains(first, other);
    }

    @Test
    void aDailyPostNeverStatesAFactItAlsoAsks() {
        // GIVEN a statement ranked after the question it restates, and one before
        var items = pool();
        var ranked = List.of(items.get(1), items.get(0), items.get(2), items.get(3));
        // WHEN a post leaves out restated facts
        var kept = QuizItems.withoutRestated(ranked);
        // THEN the late statement goes, the early one stays and its fact's question goes
        assertThat(kept).containsExactly(items.get(1), items.get(2));
    }
}
