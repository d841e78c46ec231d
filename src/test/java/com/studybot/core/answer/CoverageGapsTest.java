package com.studybot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.persistence.GapStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CoverageGapsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    /** A store fake local to this test (the shared one lives with the JDBC contract). */
    private static final class Gaps implements GapStore {
        final Map<String, Gap> gaps = new LinkedHashMap<>();

        @Override
        public void record(String key, String question, Instant at) {
            Gap g = gaps.get(key);
            gaps.put(key, new Gap(key, question, g == null ? 1 : g.count() + 1, at));
        }

        @Override
        public List<Gap> top(int limit) {
            var all = new ArrayList<>(gaps.values());
            all.sort((a, b) -> Integer.compare(b.count(), a.count()));
            return all.stream().limit(limit).toList();
        }

        @Override
        public void close(String key) {
            gaps.remove(key);
        }
    }

    /** Answers the questions it knows, refuses the rest. */
    private static Answerer knowing(Set<String> known) {
        return (q, k) -> known.contains(q)
                ? new Answer.Answered(q, "yes", List.of(), List.of(), 0.9)
                : new Answer.NotInNotes(q, List.of(), List.of(), 0.1);
    }

    @Test
    void refusalsAreCountedByQuestionAndLeaveOnceTheNotesAnswerThem() {
        // GIVEN
        var store = new Gaps();
        var gaps = new CoverageGaps(store, CLOCK);
        Answerer asking = gaps.recording(knowing(Set.of("What is ECS?")));
        // WHEN three people ask about bread (twice alike), one about Helm, one something answered
        asking.answer("How do I bake bread?", 5);
        asking.answer("how do i bake bread", 5);
        asking.answer("What is Helm?", 5);
        asking.answer("What is ECS?", 5);
        // THEN
        assertThat(gaps.top(10))
                .extracting(GapStore.Gap::question, GapStore.Gap::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("how do i bake bread", 2),
                        org.assertj.core.groups.Tuple.tuple("What is Helm?", 1));
        // WHEN notes about Helm are added
        int closed = gaps.refresh(knowing(Set.of("What is Helm?")), 5);
        // THEN
        assertThat(closed).isEqualTo(1);
        assertThat(gaps.top(10)).extracting(GapStore.Gap::question).containsExactly("how do i bake bread");
    }
}
