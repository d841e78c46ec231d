package com.studybot.core.quiz;

import com.studybot.core.common.Hashes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the flash cards in a note's Markdown, written as Obsidian Spaced Repetition users write them:
 * {@code question::answer}, {@code question:::answer} (both directions), multi-line cards split by a line
 * holding only {@code ?} (or {@code ??} for both directions), and cloze deletions {@code ==term==} and
 * {@code {{c1::term}}}. Code blocks are ignored and {@code <!--SR:...-->} scheduling comments dropped.
 */
public final class CardParser {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    /** A code fence, also one indented inside a list item ("  - ```"). */
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(```|~~~)");

    private static final Pattern SR_COMMENT = Pattern.compile("<!--SR:.*?-->");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    /** "==term==": no space or arrow inside the marks, so "A ==> B ==> C" holds no highlight. */
    private static final Pattern HIGHLIGHT = Pattern.compile("==(?![\\s>])([^=\\n]+?)(?<!\\s)==");

    static final Pattern ANKI_CLOZE = Pattern.compile("\\{\\{c(\\d+)::(.*?)(?:::[^}]*)?\\}\\}");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    private CardParser() {}

    /** Whether the note carries {@code tag} (or a sub-tag of it) in its text or its frontmatter. */
    static boolean taggedAs(String markdown, String tag) {
        String t = Pattern.quote(tag.replaceFirst("^#", ""));
        if (Pattern.compile(
                        "(?:^|[\\s(\\[,])#" + t + "(?:/[\\p{L}\\p{N}_/-]*)?(?![\\p{L}\\p{N}_-])",
                        Pattern.CASE_INSENSITIVE)
                .matcher(maskCode(markdown))
                .find()) {
            return true;
        }
        Matcher fm = Pattern.compile("\\A\\s*---\\r?\\n(.*?)\\r?\\n---", Pattern.DOTALL)
                .matcher(markdown);
        if (!fm.find()) {
            return false;
        }
        Matcher tags = Pattern.compile("(?ms)^tags?:\\s*(.*?)(?=^\\S|\\z)").matcher(fm.group(1));
        while (tags.find()) {
            for (String v : tags.group(1).split("[\\s,\\[\\]\"'-]+")) {
                String value = v.replaceFirst("^#", "");
                if (value.equalsIgnoreCase(tag)
                        || value.toLowerCase(java.util.Locale.ROOT)
                                .startsWith(tag.toLowerCase(java.util.Locale.ROOT) + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text with inline code spans blanked out, so separators shown as code are not taken for cards. */
    static String maskCode(String text) {
        return CODE_SPAN.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /** The tag that makes a note a deck, as in Obsidian Spaced Repetition's default settings. */
    public static final String DEFAULT_DECK_TAG = "flashcards";

    public static List<Card> parse(String file, String markdown) {
        return parse(file, markdown, DEFAULT_DECK_TAG);
    }

    /**
     * The cards of a note. As in Obsidian Spaced Repetition, highlights and clozes are cards only in a note
     * tagged as a deck ({@code #flashcards}, {@code #flashcards/sub} or the tag in the frontmatter); elsewhere a
     * highlight is emphasis and "A ==> B ==> C" an arrow. Question-and-answer cards count in any note.
     */
    public static List<Card> parse(String file, String markdown, String deckTag) {
        var state = new State(file, taggedAs(markdown, deckTag));
        String[] lines = markdown.split("\\r?\\n", -1);
        var schedules = new java.util.HashMap<Integer, List<Card.Schedule>>();
        var alone = new java.util.HashSet<Integer>();
        for (int i = 0; i < lines.length; i++) {
            List<Card.Schedule> found = schedules(lines[i]);
            String text = SR_COMMENT.matcher(lines[i]).replaceAll("").stripTrailing();
            if (!found.isEmpty()) {
                schedules.put(i, found);
                if (text.isBlank()) {
                    alone.add(i);
                }
            }
            state.lineNo = i;
            state.line(text);
        }
        state.endBlock();
        return scheduled(state, schedules, alone);
    }

    private static final Pattern SR_ENTRY = Pattern.compile("!(\\d{4}-\\d{2}-\\d{2}),(\\d+),(\\d+)");

    /** The schedules of an {@code <!--SR:…-->} comment on the line, in order (one per card or deletion). */
    static List<Card.Schedule> schedules(String line) {
        var out = new ArrayList<Card.Schedule>();
        Matcher comment = SR_COMMENT.matcher(line);
        while (comment.find()) {
            Matcher e = SR_ENTRY.matcher(comment.group());
            while (e.find()) {
                try {
                    out.add(new Card.Schedule(
                            java.time.LocalDate.parse(e.group(1)),
                            Integer.parseInt(e.group(2)),
                            Integer.parseInt(e.group(3))));
                } catch (RuntimeException bad) {
                    // a date or number OSR would not write: the card starts from zero
                }
            }
        }
        return out;
    }

    /**
     * The cards with their OSR schedules: the comment at the end of a card's last line, or alone on the line
     * after it, gives its cards their schedules in order (a q:::a card has two, a cloze one per deletion).
     */
    private static List<Card> scheduled(
            State state, java.util.Map<Integer, List<Card.Schedule>> schedules, java.util.Set<Integer> alone) {
        var out = new ArrayList<Card>();
        var used = new java.util.HashMap<Integer, Integer>();
        for (int c = 0; c < state.cards.size(); c++) {
            Card card = state.cards.get(c);
            int line = state.cardLines.get(c);
            int from = schedules.containsKey(line) && !alone.contains(line)
                    ? line
                    : alone.contains(line + 1) ? line + 1 : -1;
            if (from >= 0) {
                int n = used.merge(from, 1, Integer::sum) - 1;
                List<Card.Schedule> list = schedules.get(from);
                if (n < list.size()) {
                    card = card.withSchedule(list.get(n));
                }
            }
            out.add(card);
        }
        return List.copyOf(out);
    }

    /** Walks the lines, tracking headings, code fences and the paragraph a multi-line card is built from. */
    private static final class State {
        private final String file;
        private final List<Card> cards = new ArrayList<>();
        private final List<String> headings = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private final List<String> block = new ArrayList<>();
        private final List<Integer> blockLines = new ArrayList<>();
        /** The line each card of {@link #cards} ends on. */
        private final List<Integer> cardLines = new ArrayList<>();

        private int lineNo;
        private int cardLine;
        private boolean inFence;
        private int separator = -1;
        private boolean bothWays;

        private final boolean deck;

        State(String file, boolean deck) {
            this.file = file;
            this.deck = deck;
        }

        void line(String line) {
            if (FENCE.matcher(line).find()) {
                endBlock();
                inFence = !inFence;
                return;
            }
            Matcher h = HEADING.matcher(line);
            if (inFence || h.matches() || line.isBlank()) {
                endBlock();
                if (!inFence && h.matches()) {
                    heading(h.group(1).length(), h.group(2));
                }
                return;
            }
            String text = line.strip();
            if (text.startsWith("|")) {
                endBlock(); // a table row: neither a card nor part of one
                return;
            }
            if (text.equals("?") || text.equals("??")) {
                separator = block.size();
                bothWays = text.equals("??");
            } else if (separator < 0 && singleLine(text)) {
                return;
            } else {
                block.add(text);
                blockLines.add(lineNo);
            }
        }

        private void heading(int level, String title) {
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                headings.remove(headings.size() - 1);
            }
            levels.add(level);
            headings.add(title.replaceAll("[*_`]", ""));
        }

        /** {@code q:::a} or {@code q::a} on one line; returns whether the line was a card. */
        private boolean singleLine(String text) {
            cardLine = lineNo;
            String body = LIST_MARKER.matcher(text).replaceFirst("");
            String visible = maskCode(body);
            int triple = visible.indexOf(":::");
            int pos = triple >= 0 ? triple : visible.indexOf("::");
            if (pos <= 0 || visible.contains("{{c")) {
                return false;
            }
            String front = body.substring(0, pos).strip();
            String back = body.substring(pos + (triple >= 0 ? 3 : 2)).strip();
            if (front.isEmpty() || back.isEmpty() || front.endsWith("http") || front.endsWith("https")) {
                return false;
            }
            add(front, back, triple >= 0);
            return true;
        }

        void endBlock() {
            if (!blockLines.isEmpty()) {
                cardLine = blockLines.get(blockLines.size() - 1);
            }
            if (separator > 0 && separator < block.size()) {
                String front = String.join("\n", block.subList(0, separator));
                String back = String.join("\n", block.subList(separator, block.size()));
                add(front, back, bothWays);
            } else if (separator < 0 && deck) {
                for (int i = 0; i < block.size(); i++) {
                    cardLine = blockLines.get(i);
                    cloze(block.get(i));
                }
            }
            block.clear();
            blockLines.clear();
            separator = -1;
        }

        private void add(String front, String back, boolean reversed) {
            cards.add(card(front, back, reversed ? Card.Kind.REVERSED : Card.Kind.BASIC));
            if (reversed) {
                cards.add(card(back, front, Card.Kind.REVERSED));
            }
        }

        private void cloze(String text) {
            if (!maskCode(text).equals(text)) {
                return; // inline code: its == and {{ }} are syntax being shown, not deletions
            }
            String plain = ANKI_CLOZE.matcher(text).replaceAll("$2");
            Matcher m = HIGHLIGHT.matcher(plain);
            while (m.find()) {
                String front = plain.substring(0, m.start()) + "[...]" + plain.substring(m.end());
                cards.add(card(HIGHLIGHT.matcher(front).replaceAll("$1"), m.group(1), Card.Kind.CLOZE));
            }
            Matcher a = ANKI_CLOZE.matcher(text);
            var groups = new TreeMap<String, List<String>>();
            while (a.find()) {
                groups.computeIfAbsent(a.group(1), k -> new ArrayList<>()).add(a.group(2));
            }
            groups.forEach((n, answers) -> {
                String front =
                        ANKI_CLOZE.matcher(text).replaceAll(r -> r.group(1).equals(n) ? "[...]" : "$2");
                cards.add(card(HIGHLIGHT.matcher(front).replaceAll("$1"), String.join(", ", answers), Card.Kind.CLOZE));
            });
        }

        private Card card(String front, String back, Card.Kind kind) {
            String id = Hashes.sha256(file + "\u0000" + front + "\u0000" + back).substring(0, 16);
            cardLines.add(cardLine);
            return new Card(id, file, headings, front, back, kind);
        }
    }
}
