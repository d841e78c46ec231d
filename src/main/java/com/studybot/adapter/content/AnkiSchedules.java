package com.studybot.adapter.content;

import com.studybot.core.quiz.Card;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review schedules Anki kept for the cards of a collection, by note id and card ordinal. Only a card Anki has
 * graduated to review ({@code type} 2, review, or 3, relearning after a lapse) with a positive interval has one;
 * new and learning cards start from zero. A suspended card ({@code queue} -1) is still imported but starts from
 * zero too: studybot cannot suspend a card, and one set aside in Anki should not wait behind an old schedule; a
 * buried card ({@code queue} -2, -3) keeps its schedule, as burying only hides it for a day. A value Anki would not
 * write (no creation time, an ease below Anki's floor of 130 %, an absurd day) leaves that card without a schedule
 * and never fails the package.
 */
final class AnkiSchedules {
    private static final Logger LOG = LoggerFactory.getLogger(AnkiSchedules.class);

    /** Anki's lowest ease, 130 %; 0 is a card that never graduated. */
    private static final long MIN_FACTOR = 1300;

    /** No ease above 1000 % is plausible (Anki's default start is 250 %, each "easy" adds 15 points). */
    private static final long MAX_FACTOR = 10_000;

    /** Anki's longest maximum interval: 100 years. */
    private static final long MAX_INTERVAL_DAYS = 36_500;

    /** A review day past 200 years after the collection was made is not one Anki wrote. */
    private static final long MAX_DUE_DAY = 73_000;

    /** Above this, {@code due} is a timestamp in epoch seconds rather than a day number (as Anki tells them apart). */
    private static final long TIMESTAMP_FROM = 1_000_000_000;

    private AnkiSchedules() {}

    /**
     * The schedules of the collection's cards: note id → card ordinal → schedule. A collection whose cards cannot
     * be read this way gives none (its notes still import, from zero).
     */
    static Map<Long, Map<Integer, Card.Schedule>> read(Statement st) {
        var byNote = new HashMap<Long, Map<Integer, Card.Schedule>>();
        try {
            Optional<LocalDate> creationDay = creationDay(st);
            try (ResultSet rs = st.executeQuery(
                    "SELECT nid, ord, type, queue, due, ivl, factor, odid, odue FROM cards ORDER BY nid, ord")) {
                while (rs.next()) {
                    Optional<Row> row = Row.of(rs);
                    Optional<Card.Schedule> schedule = row.flatMap(r -> r.schedule(creationDay));
                    if (schedule.isPresent()) {
                        byNote.computeIfAbsent(row.get().nid(), k -> new HashMap<>())
                                .putIfAbsent(row.get().ord(), schedule.get());
                    }
                }
            }
        } catch (SQLException e) {
            LOG.debug("No Anki schedules read: {}", e.getMessage());
            return Map.of();
        }
        return byNote;
    }

    /**
     * The day the collection was made, from {@code col.crt} (epoch seconds, in the {@code col} row of both the
     * old schema and schema 18). Anki counts review days from the start of that day in the collection's own time
     * zone and rollover hour (4 am by default), which the package does not record reliably; this takes the UTC
     * date of {@code crt}, so a collection made east of UTC can see its cards due one day off.
     */
    static Optional<LocalDate> creationDay(Statement st) {
        try (ResultSet rs = st.executeQuery("SELECT crt FROM col")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long crt = rs.getLong(1);
            if (rs.wasNull() || crt <= 0) { // 0 is 1970: no collection was made then
                return Optional.empty();
            }
            return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(crt), ZoneOffset.UTC));
        } catch (SQLException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** One row of Anki's {@code cards} table, the columns a schedule is made of. */
    record Row(long nid, int ord, long type, long queue, long due, long ivl, long factor, long odid, long odue) {
        /** The row, or none if a column is NULL or not a number. */
        static Optional<Row> of(ResultSet rs) throws SQLException {
            long[] v = new long[9];
            for (int i = 0; i < v.length; i++) {
                Object value = rs.getObject(i + 1);
                if (!(value instanceof Number n)) {
                    return Optional.empty();
                }
                v[i] = n.longValue();
            }
            if (v[1] < 0 || v[1] > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            return Optional.of(new Row(v[0], (int) v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
        }

        /**
         * The card's schedule: due on the collection's creation day plus {@code due} days (or, for a relearning
         * card due again today, on the UTC date of its {@code due} timestamp), after {@code ivl} days, at ease
         * {@code factor / 10} percent. A card in a filtered deck ({@code odid} set) is due when its home deck has
         * it ({@code odue}).
         */
        Optional<Card.Schedule> schedule(Optional<LocalDate> creationDay) {
            if ((type != 2 && type != 3) || queue == -1) {
                return Optional.empty();
            }
            if (ivl <= 0 || ivl > MAX_INTERVAL_DAYS || factor < MIN_FACTOR || factor > MAX_FACTOR) {
                return Optional.empty();
            }
            long day = odid != 0 && odue != 0 ? odue : due;
            Optional<LocalDate> date;
            if (day > TIMESTAMP_FROM) {
                date = day <= Integer.MAX_VALUE // Anki's due is a 32-bit number
                        ? Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(day), ZoneOffset.UTC))
                        : Optional.empty();
            } else if (day >= 0 && day <= MAX_DUE_DAY) {
                date = creationDay.map(d -> d.plusDays(day));
            } else {
                date = Optional.empty();
            }
            try {
                return date.map(d -> new Card.Schedule(d, (int) ivl, (int) (factor / 10)));
            } catch (IllegalArgumentException refused) { // a schedule Card.Schedule would not hold
                return Optional.empty();
            }
        }
    }
}
