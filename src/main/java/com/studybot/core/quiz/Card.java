package com.studybot.core.quiz;

import com.studybot.core.content.HeadingPaths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A flash card written in a note: the prompt, the answer, where it stands (file and heading path) and its
 * kind. The id is stable while the card's text is unchanged, so review history survives re-indexing.
 */
public record Card(
        String id,
        String file,
        List<String> headingPath,
        String front,
        String back,
        Kind kind,
        Optional<Schedule> schedule) {
    /** A card with no schedule of its own yet. */
    public Card(String id, String file, List<String> headingPath, String front, String back, Kind kind) {
        this(id, file, headingPath, front, back, kind, Optional.empty());
    }

    /**
     * The schedule Obsidian Spaced Repetition wrote after the card ({@code <!--SR:!2024-03-20,124,270-->}), or
     * the one Anki kept for a card imported from a package: due on {@code due}, after an interval of {@code
     * intervalDays}, at ease {@code ease} (percent, 250 = 2.5).
     */
    public record Schedule(LocalDate due, int intervalDays, int ease) {
        public Schedule {
            Objects.requireNonNull(due, "due");
            if (intervalDays < 0 || ease < 0) {
                throw new IllegalArgumentException("interval and ease must be >= 0");
            }
        }

        /**
         * The schedule as an FSRS memory to start from: stability is the interval (recall was about 90 % at
         * its end, as OSR schedules it), difficulty from the ease (250 % → 5, 130 % → 8.8, 350 % → 2.5), one
         * review so far, done one interval before the due day.
         */
        public CardMemory memory() {
            Instant dueAt = due.atStartOfDay(ZoneOffset.UTC).toInstant();
            double difficulty = Math.max(1, Math.min(10, 5 - (ease - 250) / 40.0));
            int days = Math.max(1, intervalDays);
            return new CardMemory(days, difficulty, Optional.of(dueAt.minus(Duration.ofDays(days))), dueAt, days, 1, 0);
        }
    }
    /** How the card was written: {@code q::a}, {@code q:::a} (one card each way), or a cloze deletion. */
    public enum Kind {
        BASIC,
        REVERSED,
        CLOZE
    }

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        headingPath = List.copyOf(headingPath);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schedule, "schedule");
        if (front == null || front.isBlank()) {
            throw new IllegalArgumentException("front must not be blank");
        }
        if (back == null || back.isBlank()) {
            throw new IllegalArgumentException("back must not be blank");
        }
    }

    /** The card with the schedule OSR (or Anki) kept for it. */
    public Card withSchedule(Schedule s) {
        return new Card(id, file, headingPath, front, back, kind, Optional.of(s));
    }

    public String citationLabel() {
        return headingPath.isEmpty() ? file : file + HeadingPaths.SEPARATOR + HeadingPaths.label(headingPath);
    }
}
