package com.studybot.core.quiz;

import com.studybot.core.common.Hashes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * The cards of the notes in an Anki collection. A note whose fields hold cloze deletions ({@code {{c1::…}}}) gives
 * one card per deletion number, the others shown; any other note asks its first field and answers with its second,
 * as Anki's Basic note type does. Fields are the HTML of Anki's editor; a deck's name is its heading path
 * ("AWS::Compute" is AWS › Compute).
 */
public final class AnkiDeck {
    /** One Anki note: the deck its first card is in, and its fields in order. */
    public record Note(String deck, List<String> fields) {
        public Note {
            Objects.requireNonNull(deck, "deck");
            fields = List.copyOf(fields);
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
                clozes(file, headings, text(clozed), cards);
            } else if (note.fields().size() >= 2) {
                add(
                        file,
                        headings,
                        text(note.fields().get(0)),
                        text(note.fields().get(1)),
                        Card.Kind.BASIC,
                        cards);
            }
        }
        return cards;
    }

    private static void clozes(String file, List<String> headings, String text, List<Card> cards) {
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
            add(file, headings, front, String.join(", ", answers), Card.Kind.CLOZE, cards);
        });
    }

    private static void add(
            String file, List<String> headings, String front, String back, Card.Kind kind, List<Card> cards) {
        if (front.isBlank() || back.isBlank()) {
            return;
        }
        String id = Hashes.sha256(file + "\u0000" + front + "\u0000" + back).substring(0, 16);
        cards.add(new Card(id, file, headings, front, back, kind));
    }
}
