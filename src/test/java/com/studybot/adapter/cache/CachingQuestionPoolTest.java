package com.studybot.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.generate.QuestionGenerator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

final class CachingQuestionPoolTest {
    private final AtomicInteger builds = new AtomicInteger();
    private final AtomicLong version = new AtomicLong(1);
    private final QuestionPool notes = () -> {
        builds.incrementAndGet();
        return new QuestionGenerator.Result(List.of(item("k1", "kubernetes"), item("a1", "aws")), Map.of());
    };

    private static QuizItem item(String id, String topic) {
        var q = new Question(id, "prompt " + id, "answer " + id, List.of(), List.of(), topic + ".md", "quote");
        return new QuizItem(id, List.of(topic), Optional.of(q), Optional.empty(), false, "passage");
    }

    @Test
    void thePoolIsBuiltOncePerIndexVersion() {
        // GIVEN
        var pool = new CachingQuestionPool(notes, version::get, 10);
        // WHEN asked for items and topics several times, then after a re-index
        pool.onTopic("kubernetes");
        pool.onTopic("Kubernetes ");
        pool.onTopic("aws");
        pool.all();
        int before = builds.get();
        version.incrementAndGet();
        List<QuizItem> after = pool.onTopic("kubernetes");
        // THEN the notes were read once per version, topics are normalised, and hits show in the metrics
        assertThat(before).isEqualTo(1);
        assertThat(builds.get()).isEqualTo(2);
        assertThat(after).extracting(QuizItem::id).containsExactly("k1");
        assertThat(pool.metrics().get("Quiz topic cache")).contains("1 hits / 4 requests");
    }
}
