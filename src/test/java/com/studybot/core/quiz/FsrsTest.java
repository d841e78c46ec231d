package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** FSRS-5 against 40 review sequences (400 reviews) produced by the reference ts-fsrs 4.7.1. */
final class FsrsTest {
    private final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());

    private static JsonNode vectors() throws IOException {
        try (InputStream in = FsrsTest.class.getResourceAsStream("/fsrs/ts-fsrs-4.7.1-vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyReviewMatchesTheReferenceImplementation() throws IOException {
        // GIVEN review sequences with early, on-time and late reviews and every rating
        JsonNode sequences = vectors().get("sequences");
        int checked = 0;
        for (JsonNode sequence : sequences) {
            CardMemory card =
                    CardMemory.fresh(Instant.parse(sequence.get(0).get("at").asText()));
            for (JsonNode step : sequence) {
                // WHEN each review is applied
                card = fsrs.review(
                        card,
                        Rating.ofGrade(step.get("rating").asInt()),
                        Instant.parse(step.get("at").asText()));
                // THEN stability, difficulty, interval and due date are those of ts-fsrs
                assertThat(card.stability())
                        .as("stability at %s", step)
                        .isCloseTo(step.get("stability").asDouble(), within(1e-6));
                assertThat(card.difficulty())
                        .as("difficulty at %s", step)
                        .isCloseTo(step.get("difficulty").asDouble(), within(1e-6));
                assertThat(card.scheduledDays())
                        .as("interval at %s", step)
                        .isEqualTo(step.get("scheduledDays").asInt());
                assertThat(card.due()).isEqualTo(Instant.parse(step.get("due").asText()));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(400);
    }

    @Test
    void aNewCardRatedGoodIsDueInThreeDaysAndGrowsWithEachGoodReview() {
        Instant t0 = Instant.parse("2026-01-01T09:00:00Z");
        CardMemory card = fsrs.review(CardMemory.fresh(t0), Rating.GOOD, t0);
        assertThat(card.stability()).isEqualTo(3.173);
        assertThat(card.scheduledDays()).isEqualTo(3);
        CardMemory later = fsrs.review(card, Rating.GOOD, card.due());
        assertThat(later.scheduledDays()).isGreaterThan(card.scheduledDays());
        assertThat(later.reps()).isEqualTo(2);
    }

    @Test
    void forgettingCountsALapseAndNeverRaisesStability() {
        Instant t0 = Instant.parse("2026-01-01T09:00:00Z");
        CardMemory card = fsrs.review(CardMemory.fresh(t0), Rating.EASY, t0);
        CardMemory forgot = fsrs.review(card, Rating.AGAIN, card.due());
        assertThat(forgot.lapses()).isEqualTo(1);
        assertThat(forgot.stability()).isLessThanOrEqualTo(card.stability());
        assertThat(forgot.difficulty()).isGreaterThan(card.difficulty());
    }

    @Test
    void retrievabilityFallsToNinetyPercentAfterOneStability() {
        assertThat(fsrs.retrievability(10, 10)).isCloseTo(0.9, within(1e-6));
        assertThat(fsrs.retrievability(0, 10)).isEqualTo(1.0);
    }

    @Test
    void jsToFixedRoundingIsReproduced() {
        // expected values printed by node: (x).toFixed(8) rounds the exact binary value
        assertThat(Fsrs.round8(1.000000005)).isEqualTo(1.0);
        assertThat(Fsrs.round8(0.123456785)).isEqualTo(0.12345678);
        assertThat(Fsrs.round8(3.000000015)).isEqualTo(3.00000001);
    }
}
