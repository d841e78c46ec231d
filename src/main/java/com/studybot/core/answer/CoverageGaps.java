package com.studybot.core.answer;

import com.studybot.core.persistence.GapStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The questions the notes could not answer, collected as "notes to write": an answerer wrapped by {@link
 * #recording} counts every refusal under the question's normalised form, and {@link #refresh} drops the gaps
 * that re-indexed notes now answer.
 */
public final class CoverageGaps {
    private final GapStore store;
    private final Clock clock;

    public CoverageGaps(GapStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** An answerer that answers as {@code answerer} does and records each "not in your notes". */
    public Answerer recording(Answerer answerer) {
        return new Answerer() {
            @Override
            public Answer answer(String question, int topK) {
                return answer(question, topK, draft -> {});
            }

            @Override
            public Answer answer(String question, int topK, Consumer<String> drafts) {
                Answer answer = answerer.answer(question, topK, drafts);
                if (answer instanceof Answer.NotInNotes || answer instanceof Answer.Closest) {
                    store.record(key(question), question.strip(), clock.instant());
                }
                return answer;
            }
        };
    }

    public List<GapStore.Gap> top(int limit) {
        return store.top(limit);
    }

    /** Asks every open gap again and closes those the notes answer now; returns how many closed. */
    public int refresh(Answerer answerer, int topK) {
        int closed = 0;
        for (GapStore.Gap gap : store.top(Integer.MAX_VALUE)) {
            if (answerer.answer(gap.question(), topK) instanceof Answer.Answered) {
                store.close(gap.key());
                closed++;
            }
        }
        return closed;
    }

    /** Case, spacing and end punctuation don't make a different question. */
    static String key(String question) {
        String k = question.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        k = k.replaceAll("[\\s?？!！.。]+$", "");
        return k.length() > 200 ? k.substring(0, 200) : k;
    }
}
