package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.WrittenQuestionStore;
import com.studybot.core.quiz.generate.Draft;
import com.studybot.core.quiz.generate.WrittenSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every written-question store does, in memory or in SQL: one set per passage hash and model. */
abstract class WrittenQuestionStoreContract {
    private static final Draft DRAFT = new Draft(
            "Which AWS offering runs containers without servers?",
            List.of("AWS Lambda", "AWS Fargate", "AWS Batch", "Amazon Lightsail"),
            1,
            "it runs your containers");

    abstract WrittenQuestionStore store();

    @Test
    void aSavedSetIsReadBackWhole() {
        // GIVEN
        WrittenQuestionStore store = store();
        var set = new WrittenSet("h1", "gpt@x", List.of(DRAFT), Map.of("written: wrong shape", 2));
        // WHEN
        store.save(set);
        // THEN
        assertThat(store.all("gpt@x")).containsExactly(set);
    }

    @Test
    void setsAreKeptPerModelAndASecondSaveReplacesTheFirst() {
        // GIVEN
        WrittenQuestionStore store = store();
        store.save(new WrittenSet("h1", "a", List.of(DRAFT), Map.of()));
        store.save(new WrittenSet("h1", "b", List.of(), Map.of("written: malformed JSON", 1)));
        // WHEN
        var replaced = new WrittenSet("h1", "a", List.of(), Map.of("written: quote not in its passage", 1));
        store.save(replaced);
        store.save(new WrittenSet("h0", "a", List.of(DRAFT), Map.of()));
        // THEN
        assertThat(store.all("a")).containsExactly(new WrittenSet("h0", "a", List.of(DRAFT), Map.of()), replaced);
        assertThat(store.all("b")).hasSize(1);
        assertThat(store.all("c")).isEmpty();
    }
}
