package com.studybot.core.quiz;

import com.studybot.core.common.Hashes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * The cards of the notes in an Anki collection. A note whose fields hold cloze deletions ({@code {{c1::…}}}) gives
 * one card per deletion number, the others shown; any other note asks its first field and answers with its second,
 * as Anki's Basic note type does. Fields are the HTML of Anki's editor; a deck's name is its heading path
 * ("AWS::Compute" is AWS › Compute).
 *
 * <p>A card Anki has already scheduled for review starts from Anki's schedule, as an Obsidian Spaced Repetition card
 * starts from its {@code <!--SR:…-->} comment. Anki keeps a schedule per card of a note, numbered by ordinal; the
 * mapping to the cards made here is taken only where it is clear: a cloze deletion {@code cN} is Anki's card of
 * ordinal {@code N-1} (as Anki numbers a Cloze note's cards), and the front-to-back card of any other note is
 * ordinal 0 (the first template of Basic and of "Basic (and reversed)"; the reverse card, ordinal 1, has no card
 * here). A card whose ordinal Anki has no schedule for starts from zero: the first card's schedule is not lent to
 * the others, as a card never reviewed would then wait months before it is first asked.
 */
public final class AnkiDeck {
    /**
     * One Anki note: the deck its first card is in, its fields in order, and the review schedules of its cards by
     * Anki's card ordinal (0 for the first template or cloze {@code c1}); a card that is new, learning or without
     * a usable schedule has no entry.
     */
    public record Note(String deck, List<String> fields, Map<Integer, Card.Schedule> schedules) {
        public Note {
            Objects.requireNonNull(deck, "deck");
            fields = List.copyOf(fields);
            schedules = Map.copyOf(schedules);
        }

        /** A note none of whose cards has a schedule. */
        public Note(String deck, List<String> fields) {
            this(deck, fields, Map.of());
        }

        private Optional<Card.Schedule> schedule(int ordinal) {
            return Optional.ofNullable(schedules.get(ordinal));
        }
    }

    private AnkiDeck() {}

    /** A field as text: HTML to lines, and no {@code [sound:…]} reference to a media file the bot cannot play. */
    private static String text(String field) {
        return DeckParser.plain(field.replaceAll("\\[sound:[^\\]]*\\]", ""));
    }

    public static List<Card> cards(String file, List<Note> notes) {
        var cards = new ArrayList<Card>();
        for (Note note : notes) {
            List<String> headings = Arrays.stream(note.deck().split("::"))
                    .map(String::strip)
                    .filter(h -> !h.isEmpty())
                    .toList();
            String clozed = note.fields().stream()
                    .filter(f -> CardParser.ANKI_CLOZE.matcher(f).find())
                    .findFirst()
                    .orElse(null);
            if (clozed != null) {
                clozes(file, headings, text(clozed), note, cards);
            } else if (note.fields().size() >= 2) {
                add(
                        file,
                        headings,
                        text(note.fields().get(0)),
                        text(note.fields().get(1)),
                        Card.Kind.BASIC,
                        note.schedule(0),
                        cards);
            }
        }
        return cards;
    }

    private static void clozes(String file, List<String> headings, String text, Note note, List<Card> cards) {
        Matcher m = CardParser.ANKI_CLOZE.matcher(text);
        var groups = new TreeMap<Integer, List<String>>();
        while (m.find()) {
            groups.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>())
                    .add(m.group(2));
        }
        groups.forEach((n, answers) -> {
            String front = CardParser.ANKI_CLOZE
                    .matcher(text)
                    .replaceAll(
                            r -> Integer.parseInt(r.group(1)) == n ? "[...]" : Matcher.quoteReplacement(r.group(2)));
            add(file, headings, front, String.join(", ", answers), Card.Kind.CLOZE, note.schedule(n - 1), cards);
        });
    }

    private static void add(
            String file,
            List<String> headings,
            String front,
            String back,
            Card.Kind kind,
            Optional<Card.Schedule> schedule,
            List<Card> cards) {
        if (front.isBlank() || back.isBlank()) {
            return;
        }
        String id = Hashes.sha256(file + "\u0000" + front + "\u0000" + back).substring(0, 16);
        cards.add(new Card(id, file, headings, front, back, kind, schedule));
    }
}
