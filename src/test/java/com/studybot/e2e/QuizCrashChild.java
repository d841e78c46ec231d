package com.studybot.e2e;

import com.studybot.QuizWiring;
import com.studybot.adapter.persistence.Database;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.state.QuizEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A lean quiz process for the crash test (no index, no embedding model): production persistence and
 * service, answering one stdin line per question and printing "ack N" once the answer is committed.
 */
public final class QuizCrashChild {
    static final int QUESTIONS = 200;

    private QuizCrashChild() {}

    static String deck() {
        return IntStream.range(0, QUESTIONS)
                .mapToObj(i -> "question " + i + "::answer" + i)
                .collect(Collectors.joining("\n"));
    }

    public static void main(String[] args) throws Exception {
        try (var db = Database.sqlite(Path.of(args[0]))) {
            var service = QuizWiring.quizService(
                    QuizWiring.cardPool(CardParser.parse("deck.md", deck())),
                    db,
                    Clock.systemUTC(),
                    Duration.ofHours(1));
            if (service.currentQuestion("crash").isEmpty()) {
                service.start("crash", "", QUESTIONS);
            }
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int q = service.currentQuestion("crash").orElseThrow();
                service.handle("crash", new QuizEvent.Answer(q, "answer" + q));
                System.out.println("ack " + (q + 1));
                System.out.flush();
            }
        }
    }
}
