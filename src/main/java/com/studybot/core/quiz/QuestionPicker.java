package com.studybot.core.quiz;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.quiz.state.QuizMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a quiz's questions: what is due first (most overdue first), then what the user has never seen
 * (in the order of the notes, as Anki shows new cards, taking each file in turn), then what was seen but is not due yet (soonest due
 * first); review takes only what is due. Each item is asked in the form the mode wants.
 */
final class QuestionPicker {
    private final QuestionPool pool;
    private final CardMemoryStore memory;

    QuestionPicker(QuestionPool pool, CardMemoryStore memory) {
        this.pool = pool;
        this.memory = memory;
    }

    List<Question> pick(String user, String topic, int count, QuizMode mode, Instant now) {
        Map<String, QuizItem> matching = new LinkedHashMap<>();
        for (QuizItem i : pool.onTopic(topic)) {
            if (form(i, mode).isPresent()) {
                matching.putIfAbsent(i.id(), i);
            }
        }
        var chosen = new ArrayList<QuizItem>();
        for (String id : memory.due(user, now, Integer.MAX_VALUE)) {
            QuizItem due = matching.remove(id);
            if (due != null) {
                chosen.add(due);
            }
        }
        // cards with an OSR schedule this user has no memory of yet: due by that schedule, most overdue first
        var seededDue = matching.values().stream()
                .filter(i -> i.seed().filter(s -> s.isDue(now)).isPresent())
                .filter(i -> memory.find(user, i.id()).isEmpty())
                .sorted(java.util.Comparator.comparing(
                        i -> i.seed().orElseThrow().due()))
                .toList();
        seededDue.forEach(i -> {
            matching.remove(i.id());
            chosen.add(i);
        });
        if (mode != QuizMode.REVIEW) {
            var unseen = new ArrayList<QuizItem>();
            Map<QuizItem, Instant> later = new LinkedHashMap<>(); // each item's memory is read once
            for (QuizItem i : matching.values()) {
                memory.find(user, i.id()).or(i::seed).ifPresentOrElse(m -> later.put(i, m.due()), () -> unseen.add(i));
            }
            chosen.addAll(interleaved(unseen));
            later.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> chosen.add(e.getKey()));
        }
        return QuizItems.oneEachFact(QuizItems.fewTrueFalse(chosen, count)).stream()
                .limit(count)
                .map(i -> form(i, mode).orElseThrow())
                .toList();
    }

    /** New items taken from each file in turn (keeping each file's order), so cards and notes mix. */
    static List<QuizItem> interleaved(List<QuizItem> items) {
        Map<String, java.util.ArrayDeque<QuizItem>> byFile = new LinkedHashMap<>();
        for (QuizItem i : items) {
            String citation = i.natural().citation();
            int at = citation.indexOf(" › ");
            byFile.computeIfAbsent(at < 0 ? citation : citation.substring(0, at), f -> new java.util.ArrayDeque<>())
                    .add(i);
        }
        var out = new ArrayList<QuizItem>();
        while (out.size() < items.size()) {
            byFile.values().forEach(q -> {
                if (!q.isEmpty()) {
                    out.add(q.poll());
                }
            });
        }
        return out;
    }

    static Optional<Question> form(QuizItem item, QuizMode mode) {
        return switch (mode) {
            case TYPED -> item.typed();
            case CHOICE -> item.choice();
            case CARDS -> item.trueFalse() ? Optional.empty() : Optional.of(item.card()); // no card to recall
            case MIXED, REVIEW -> Optional.of(item.natural());
        };
    }
}
