package com.studybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.testing.LogCapture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bot builds its question pool ahead of the first quiz, and a pool that cannot be built is one warning. */
final class StartupTest {
    @Test
    void theQuestionPoolIsBuiltOnItsOwnThread() throws InterruptedException {
        var calls = new AtomicInteger();
        var callers = new java.util.concurrent.CopyOnWriteArrayList<String>();
        QuestionPool pool = () -> {
            calls.incrementAndGet();
            callers.add(Thread.currentThread().getName());
            return new QuestionGenerator.Result(List.of(), Map.of(), Map.of(), Map.of());
        };
        Startup.buildQuestionPool(pool).join();
        assertThat(calls).hasValue(1);
        assertThat(callers).containsExactly("studybot-question-pool");
    }

    @Test
    void aPoolThatCannotBeBuiltIsOneWarningWithoutAStackTrace() throws InterruptedException {
        QuestionPool broken = () -> {
            throw new IllegalStateException("the notes folder is gone");
        };
        try (var logs = LogCapture.attach()) {
            Startup.buildQuestionPool(broken).join();
            assertThat(logs.lines())
                    .containsExactly("WARN Startup: The question pool could not be built ahead of the first quiz: "
                            + "the notes folder is gone");
            assertThat(logs.stackTraces()).isZero();
        }
    }
}
