package com.studybot.adapter.persistence;

import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import java.util.Arrays;
import java.util.List;

/**
 * A second process on a test's database ({@link TestDatabase#where()}): answers alice's current quiz question
 * rightly and prints what happened on one line ("answer: Feedback …" or "answer: Rejected …").
 */
public final class QuizInAnotherProcess {
    private QuizInAnotherProcess() {}

    public static void main(String[] args) {
        try (Database database = TestDatabase.open(Arrays.asList(args))) {
            var quizzes = TwoProcessesOneQuizContract.quizzes(database);
            int index =
                    quizzes.currentQuestion(TwoProcessesOneQuizContract.ALICE).orElseThrow();
            List<Effect> effects = quizzes.handle(
                    TwoProcessesOneQuizContract.ALICE,
                    new QuizEvent.Answer(index, TwoProcessesOneQuizContract.answerOf(quizzes)));
            System.out.println("answer: " + effects.get(0).getClass().getSimpleName() + " " + effects.get(0));
        }
    }
}
