package com.studybot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drafts while the model writes, and model replies remembered by question, passages and model. */
final class GroundedAnswererTest {
    private final ExecutorService calls = Executors.newCachedThreadPool();
    private final List<String> drafts = new CopyOnWriteArrayList<>();
    private String hash = "h1";

    @AfterEach
    void stop() {
        calls.shutdownNow();
    }

    private Answerer extractive() {
        return (q, k) -> {
            var p = new Passage(
                    new Chunk("aws.md#0", "aws.md", List.of("Fargate"), "Fargate runs containers.", hash),
                    1.0,
                    new Evidence(0.8, 1));
            return new Answer.Answered(q, "Fargate runs containers.", List.of(Citation.of(p.chunk())), List.of(p), 0.9);
        };
    }

    /** A model of our own port that streams the given pieces and counts its calls. */
    private static class Pieces implements LanguageModel {
        final AtomicInteger calls = new AtomicInteger();
        final List<String> pieces;

        Pieces(String... pieces) {
            this.pieces = List.of(pieces);
        }

        @Override
        public String complete(String instructions, String prompt) {
            return String.join("", pieces);
        }

        @Override
        public String stream(String instructions, String prompt, Consumer<String> out) {
            calls.incrementAndGet();
            pieces.forEach(out);
            return String.join("", pieces);
        }

        @Override
        public String id() {
            return "pieces";
        }
    }

    /** Remembers in a map. */
    private static final class MapReplies implements ModelReplies {
        final Map<Key, String> map = new HashMap<>();

        @Override
        public Optional<String> get(Key key) {
            return Optional.ofNullable(map.get(key));
        }

        @Override
        public void put(Key key, String reply) {
            map.put(key, reply);
        }
    }

    @Test
    void draftsGrowPieceByPieceAndTheCheckedAnswerFollows() {
        var model = new Pieces("Fargate ", "runs containers ", "without servers [1].");
        var answer = new GroundedAnswerer(extractive(), model, Duration.ofSeconds(5), calls)
                .answer("What is Fargate?", 5, drafts::add);
        assertThat(drafts)
                .containsExactly(
                        "Fargate ", "Fargate runs containers ", "Fargate runs containers without servers [1].");
        assertThat(answer)
                .isInstanceOfSatisfying(
                        Answer.Answered.class,
                        a -> assertThat(a.text()).isEqualTo("Fargate runs containers without servers [1]."));
    }

    @Test
    void noDraftArrivesAfterTheAnswerIsGiven() throws Exception {
        var release = new CountDownLatch(1);
        var late = new CountDownLatch(1);
        LanguageModel slow = new Pieces() {
            @Override
            public String stream(String instructions, String prompt, Consumer<String> out) {
                out.accept("Fargate ");
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    // cancelled at the budget, as a real client is: it may still deliver a last piece
                }
                out.accept("too late [1]");
                late.countDown();
                return "Fargate too late [1]";
            }
        };
        var answer = new GroundedAnswerer(extractive(), slow, Duration.ofMillis(200), calls)
                .answer("What is Fargate?", 5, drafts::add);
        release.countDown();
        assertThat(late.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answer)
                .isInstanceOfSatisfying(
                        Answer.Answered.class, a -> assertThat(a.notice()).contains("did not answer within 200 ms"));
        // the first piece shows if the call thread ran before the budget ended; the late one never does
        assertThat(drafts).isSubsetOf("Fargate ");
    }

    @Test
    void aReplyIsAskedForOncePerQuestionPassagesAndModel() {
        var model = new Pieces("Fargate runs containers [1].");
        var replies = new MapReplies();
        var grounded = new GroundedAnswerer(extractive(), model, Duration.ofSeconds(5), calls, replies);

        grounded.answer("What is Fargate?", 5);
        grounded.answer("what is fargate", 5); // the same question, written differently
        assertThat(model.calls).hasValue(1);
        assertThat(replies.map.keySet())
                .singleElement()
                .isEqualTo(new ModelReplies.Key("what is fargate", List.of("aws.md#0@h1"), "pieces"));

        hash = "h2"; // the passage was edited: the model is asked again
        Answer again = grounded.answer("What is Fargate?", 5, drafts::add);
        assertThat(model.calls).hasValue(2);
        assertThat(again).isInstanceOf(Answer.Answered.class);
        assertThat(drafts).hasSize(1);
    }

    @Test
    void aFailedCallIsNotRemembered() {
        var replies = new MapReplies();
        var attempts = new ArrayList<String>();
        LanguageModel broken = new Pieces() {
            @Override
            public String stream(String instructions, String prompt, Consumer<String> out) {
                attempts.add(prompt);
                throw new IllegalStateException("HTTP 500");
            }
        };
        var grounded = new GroundedAnswerer(extractive(), broken, Duration.ofSeconds(5), calls, replies);
        grounded.answer("What is Fargate?", 5);
        grounded.answer("What is Fargate?", 5);
        assertThat(attempts).hasSize(2);
        assertThat(replies.map).isEmpty();
    }
}
