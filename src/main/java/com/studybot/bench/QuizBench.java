package com.studybot.bench;

import com.studybot.QuizWiring;
import com.studybot.adapter.cache.CachingQuestionPool;
import com.studybot.adapter.persistence.Database;
import com.studybot.core.quiz.Card;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizService;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizState;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Answer handling with its committed writes: one user's latency, and throughput with 200 users at once. */
public final class QuizBench {
    private static final int QUESTIONS = 20;

    private final PrintWriter out;
    private final List<Card> cards = CardParser.parse(
            "bench.md",
            IntStream.range(0, QUESTIONS)
                    .mapToObj(i -> "question " + i + "::answer" + i)
                    .collect(Collectors.joining("\n")));

    public QuizBench(PrintWriter out) {
        this.out = out;
    }

    /**
     * Building the question pool from a notes folder (reading, parsing, generating and checking), which the
     * pool cache saves on every quiz start after the first per index version; then a cached topic lookup.
     */
    public void pool(String label, java.util.function.Supplier<QuestionPool> fresh) {
        var nanos = new ArrayList<Long>();
        int items = 0;
        for (int i = 0; i < 11; i++) {
            long t0 = System.nanoTime();
            items = fresh.get().all().items().size();
            nanos.add(System.nanoTime() - t0);
        }
        var cached = new CachingQuestionPool(fresh.get(), () -> 1L, 16);
        cached.onTopic("kubernetes");
        var hits = new ArrayList<Long>();
        for (int i = 0; i < 1000; i++) {
            long t0 = System.nanoTime();
            cached.onTopic("kubernetes");
            hits.add(System.nanoTime() - t0);
        }
        out.printf(
                "pool   %-8s build %d items: %s%n",
                label, items, Latency.of(nanos.subList(1, nanos.size())).summary());
        out.printf(
                "pool   %-8s cached topic lookup:  %s%n",
                label, Latency.of(hits).summary());
        out.flush();
    }

    public void run(String label, Database db) throws Exception {
        var service = QuizWiring.quizService(QuizWiring.cardPool(cards), db, Clock.systemUTC(), Duration.ofHours(1));
        for (int i = 0; i < 50; i++) {
            quiz(service, "warm" + i, null);
        }
        var nanos = new ArrayList<Long>();
        for (int i = 0; i < 50; i++) {
            quiz(service, "solo" + i, nanos);
        }
        out.printf(
                "quiz   %-8s one user, answer + commit   %s%n",
                label, Latency.of(nanos).summary());
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var runs = new ArrayList<Future<?>>();
            for (int u = 0; u < 200; u++) {
                String user = "crowd" + u;
                runs.add(pool.submit(() -> quiz(service, user, null)));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(
                Locale.ROOT,
                "quiz   %-8s 200 users x %d answers: %.0f answers/s%n",
                label,
                QUESTIONS,
                200 * QUESTIONS / secs);
        out.flush();
    }

    private static void quiz(QuizService service, String user, List<Long> nanos) {
        service.start(user, "", QUESTIONS);
        for (int i = 0; i < QUESTIONS; i++) {
            int q = service.currentQuestion(user).orElseThrow();
            long t0 = System.nanoTime();
            var asking = (QuizState.Asking) service.state(Learner.solo(user));
            String answer = asking.quiz().questions().get(q).answer();
            service.handle(user, new QuizEvent.Answer(q, answer));
            if (nanos != null) {
                nanos.add(System.nanoTime() - t0);
            }
        }
    }
}
