package com.studybot.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.generate.MeaningSpace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CachingMeaningSpaceTest {
    /** A space whose vector of a text is its length, remembering each batch it was asked for. */
    private static final class CountingSpace implements MeaningSpace {
        final List<List<String>> batches = new ArrayList<>();

        @Override
        public List<float[]> vectors(List<String> texts) {
            batches.add(List.copyOf(texts));
            return texts.stream().map(t -> new float[] {t.length()}).toList();
        }
    }

    @Test
    void onlyTextsNotSeenBeforeGoToTheModelInOneBatch() {
        // GIVEN
        var model = new CountingSpace();
        var cached = new CachingMeaningSpace(model, 100);
        cached.vectors(List.of("网页", "web search"));

        // WHEN
        List<float[]> vectors = cached.vectors(List.of("web search", "图标", "网页", "图标颜色"));

        // THEN
        assertThat(vectors).extracting(v -> v[0]).containsExactly(10f, 2f, 2f, 4f);
        assertThat(model.batches).hasSize(2);
        assertThat(model.batches.get(1)).containsExactlyInAnyOrder("图标", "图标颜色");
    }

    @Test
    void aTextAskedTwiceInOneCallIsEmbeddedOnce() {
        // GIVEN
        var model = new CountingSpace();

        // WHEN
        List<float[]> vectors = new CachingMeaningSpace(model, 100).vectors(List.of("图标", "图标"));

        // THEN
        assertThat(vectors).hasSize(2);
        assertThat(model.batches).containsExactly(List.of("图标"));
    }
}
