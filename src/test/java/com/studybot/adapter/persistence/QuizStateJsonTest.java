package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.state.Quiz;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QuizStateJsonTest {
    /** A running quiz exactly as it was stored before quizzes had a mode. */
    private static final String BEFORE_MODES = "{\"type\":\"asking\",\"index\":1,\"deadline\":1795428090000,"
            + "\"hints\":1,\"quiz\":{\"topic\":\"aws\",\"secondsPerQuestion\":90,\"questions\":["
            + "{\"id\":\"c1\",\"prompt\":\"Which service runs containers serverless?\",\"answer\":\"AWS Fargate\","
            + "\"aliases\":[\"Fargate\"],\"options\":[],\"citation\":\"aws.md › Fargate\","
            + "\"quote\":\"AWS Fargate is serverless.\"},"
            + "{\"id\":\"c2\",\"prompt\":\"Smallest Kubernetes unit?\",\"answer\":\"Pod\",\"aliases\":[],"
            + "\"options\":[\"Node\",\"Pod\",\"Service\"],\"citation\":\"k8s.md › Pods\","
            + "\"quote\":\"A pod is the smallest unit.\"}],\"results\":[true]}}";

    @Test
    void aQuizStoredBeforeModesReadsAsMixed() {
        // GIVEN / WHEN a state written before quizzes had a mode is read
        QuizState state = QuizStateJson.read(BEFORE_MODES);
        // THEN it is the same running quiz, in mixed mode
        var quiz = new Quiz(
                "aws",
                QuizMode.MIXED,
                List.of(QuizStateStoreContract.TYPED, QuizStateStoreContract.CHOICE),
                Duration.ofSeconds(90),
                List.of(true));
        assertThat(state).isEqualTo(new QuizState.Asking(quiz, 1, Instant.ofEpochMilli(1795428090000L), 1));
    }

    @Test
    void everyModeIsWrittenAndReadBack() {
        for (QuizMode mode : QuizMode.values()) {
            // GIVEN a finished quiz in each mode
            Question q = QuizStateStoreContract.TYPED;
            var finished =
                    new QuizState.Finished(new Quiz("t", mode, List.of(q), Duration.ofSeconds(30), List.of(true)));
            // WHEN it is written and read / THEN it comes back equal
            assertThat(QuizStateJson.read(QuizStateJson.write(finished))).isEqualTo(finished);
        }
    }
}
