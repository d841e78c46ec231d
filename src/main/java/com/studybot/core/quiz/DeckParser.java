package com.studybot.core.quiz;

import com.studybot.core.common.Hashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads flash-card decks exported from Anki ("Notes in plain text") or Quizlet: one card per row, front and
 * back in the first two columns or the ones named by Anki's {@code #columns:} header. Honours Anki's
 * {@code #separator:} and {@code #deck:} headers; without them a {@code .csv} is comma-separated and
 * anything else tab-separated. Quoted fields may hold separators, doubled quotes and line breaks.
 */
public final class DeckParser {
    private static final Map<String, Character> SEPARATORS =
            Map.of("tab", '\t', "comma", ',', "semicolon", ';', "pipe", '|', "colon", ':', "space", ' ');

    private DeckParser() {}

    public static List<Card> parse(String file, String text) {
        char separator = file.toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t';
        String deck = stem(file);
        int front = 0;
        int back = 1;
        var body = new StringBuilder();
        for (String line : text.split("\\r?\\n", -1)) {
            if (line.startsWith("#") && line.contains(":") && body.length() == 0) {
                String key = line.substring(1, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(line.indexOf(':') + 1).strip();
                if (key.equals("separator")) {
                    separator = value.length() == 1
                            ? value.charAt(0)
                            : SEPARATORS.getOrDefault(value.toLowerCase(Locale.ROOT), separator);
                } else if (key.equals("deck")) {
                    deck = value;
                } else if (key.equals("columns")) {
                    List<String> names = Rows.split(value, separator).get(0);
                    front = Math.max(0, indexOf(names, "front", 0));
                    back = Math.max(0, indexOf(names, "back", 1));
                }
            } else {
                body.append(line).append('\n');
            }
        }
        return cards(file, deck, Rows.split(body.toString(), separator), front, back);
    }

    private static List<Card> cards(String file, String deck, List<List<String>> rows, int front, int back) {
        var cards = new ArrayList<Card>();
        for (List<String> row : rows) {
            if (row.size() <= Math.max(front, back) || isHeader(row.get(front), row.get(back))) {
                continue;
            }
            String f = plain(row.get(front));
            String b = plain(row.get(back));
            if (!f.isBlank() && !b.isBlank()) {
                String id = Hashes.sha256(file + "\u0000" + f + "\u0000" + b).substring(0, 16);
                cards.add(new Card(id, file, List.of(deck), f, b, Card.Kind.BASIC));
            }
        }
        return cards;
    }

    /** A spreadsheet's own header row ("front,back" or "term,definition") is not a card. */
    private static boolean isHeader(String front, String back) {
        String f = front.strip().toLowerCase(Locale.ROOT);
        String b = back.strip().toLowerCase(Locale.ROOT);
        return (f.equals("front") && b.equals("back")) || (f.equals("term") && b.equals("definition"));
    }

    private static int indexOf(List<String> names, String wanted, int fallback) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return fallback;
    }

    /** Anki exports HTML: line breaks become new lines, other tags and common entities are removed. */
    static String plain(String field) {
        return field.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .strip();
    }

    private static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
