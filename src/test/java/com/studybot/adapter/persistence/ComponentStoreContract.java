package com.studybot.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.ComponentStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every component store does, in memory or in SQL. */
abstract class ComponentStoreContract {
    private static final Instant LATER = Instant.parse("2026-11-24T10:00:00Z");

    abstract ComponentStore store();

    @Test
    void aPayloadIsFoundUnderItsIdWithItsExpiry() {
        // GIVEN
        ComponentStore store = store();
        // WHEN
        store.save("quiz:5f1c", "answer|alice|#general|2|B · 中文", LATER);
        // THEN
        assertThat(store.find("quiz:5f1c")).contains(new ComponentStore.Entry("answer|alice|#general|2|B · 中文", LATER));
        assertThat(store.find("quiz:nope")).isEmpty();
    }

    @Test
    void savingAnIdAgainReplacesItsPayload() {
        // GIVEN
        ComponentStore store = store();
        store.save("x", "one", LATER);
        // WHEN
        store.save("x", "two", LATER.plusSeconds(60));
        // THEN
        assertThat(store.find("x")).contains(new ComponentStore.Entry("two", LATER.plusSeconds(60)));
    }
}
