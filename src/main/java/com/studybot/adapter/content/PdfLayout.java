package com.studybot.adapter.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reading order of one PDF page by recursive XY-cut: a page whose text stands in columns (a cheat sheet in two or
 * three columns) is read column by column, as a person reads it, instead of line by line straight across, which
 * would join "$ git log" from one column with "$ git reset [commit]" from the next. Each step cuts a block of words
 * at a gutter (a vertical gap with at least three lines on each side) or else at the widest horizontal gap, until
 * only one line is left; a table of a key and its description on one line is no gutter, because its key side is
 * narrow or its rows share their baselines (the git cheat sheet's two columns share 7 of 10 and 9 of 27). A page
 * without columns is left to PDFBox's own order, with its own paragraph breaks.
 */
final class PdfLayout {
    /** A word as PDFBox places it: its box on the page (y grows downwards), its font size and its text. */
    record Word(float left, float top, float right, float bottom, float size, String text) {
        float height() {
            return Math.max(1f, bottom - top);
        }
    }

    private record Line(List<Word> words, boolean newBlock) {
        float bottom() {
            return (float) words.stream().mapToDouble(Word::bottom).max().orElse(0);
        }

        float size() {
            return (float) words.stream().mapToDouble(Word::size).min().orElse(0);
        }

        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }
    }

    /** The narrowest a column may be, as a share of the block it is cut from. */
    private static final float MIN_COLUMN_SHARE = 0.15f;

    private static final int MIN_COLUMN_LINES = 3;

    /** A step to the next baseline this much longer than the page's usual one starts a paragraph. */
    private static final float PARAGRAPH_STEP = 1.3f;

    /** A short line set this much larger than the page's body text is a heading. */
    private static final float HEADING_SIZE = 1.2f;

    private static final int HEADING_WORDS = 8;

    private PdfLayout() {}

    /**
     * Each page's text in reading order (lines of words, a blank line between paragraphs and between columns, short
     * lines set larger than the body as Markdown headings, the largest size as level 1), or empty for a page
     * without columns, whose line-by-line order is already the reading order.
     */
    static List<Optional<String>> columns(List<List<Word>> pages) {
        List<List<Line>> laidOut = pages.stream().map(PdfLayout::layOut).toList();
        float body = bodySize(pages.stream().flatMap(List::stream).toList());
        List<Float> headingSizes =
                headingSizes(laidOut.stream().flatMap(List::stream).toList(), body);
        return laidOut.stream()
                .map(lines -> lines.stream().noneMatch(Line::newBlock)
                        ? Optional.<String>empty()
                        : Optional.of(text(lines, body, headingSizes)))
                .toList();
    }

    private static List<Line> layOut(List<Word> words) {
        var lines = new ArrayList<Line>();
        cut(words, false, lines);
        return lines;
    }

    private static String text(List<Line> lines, float body, List<Float> headingSizes) {
        float pitch = pitch(lines);
        var out = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            int level = heading(line, body) ? headingSizes.indexOf(line.size()) + 1 : 0;
            if (previous != null) {
                float step = line.bottom() - previous.bottom();
                boolean paragraph = line.newBlock() || step > PARAGRAPH_STEP * pitch || step < 0;
                out.append(paragraph || level > 0 ? "\n\n" : "\n");
            }
            if (level > 0) {
                out.append("#".repeat(Math.min(level, 3)))
                        .append(' ')
                        .append(line.text())
                        .append("\n");
            } else {
                out.append(line.text());
            }
            previous = line;
        }
        return out.toString();
    }

    /** The size most of the document's characters are set in. */
    private static float bodySize(List<Word> words) {
        var chars = new HashMap<Float, Integer>();
        for (Word w : words) {
            chars.merge(w.size(), w.text().length(), Integer::sum);
        }
        return chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(0f);
    }

    /**
     * The sizes of the document's headings, largest first (so the largest is level 1): short lines, not sentences, set
     * larger than the body text.
     */
    private static List<Float> headingSizes(List<Line> lines, float body) {
        return lines.stream()
                .filter(l -> heading(l, body))
                .map(Line::size)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    private static boolean heading(Line line, float body) {
        return line.size() >= HEADING_SIZE * body
                && line.text().split("\\s+").length <= HEADING_WORDS
                && !line.text().endsWith(".");
    }

    /** The usual distance from one baseline to the next on this page: the median step between lines. */
    private static float pitch(List<Line> lines) {
        var steps = new ArrayList<Float>();
        for (int i = 1; i < lines.size(); i++) {
            float step = lines.get(i).bottom() - lines.get(i - 1).bottom();
            if (step > 0 && !lines.get(i).newBlock()) {
                steps.add(step);
            }
        }
        if (steps.isEmpty()) {
            return Float.MAX_VALUE;
        }
        steps.sort(Comparator.naturalOrder());
        return steps.get(steps.size() / 2);
    }

    private static void cut(List<Word> words, boolean newBlock, List<Line> out) {
        if (words.isEmpty()) {
            return;
        }
        float gutter = gutter(words);
        if (!Float.isNaN(gutter)) {
            cut(words.stream().filter(w -> w.left() < gutter).toList(), true, out);
            cut(words.stream().filter(w -> w.left() >= gutter).toList(), true, out);
            return;
        }
        var byTop = new ArrayList<>(words);
        byTop.sort(Comparator.comparingDouble(Word::top));
        float reach = byTop.get(0).bottom();
        float widest = 0;
        float at = Float.NaN;
        for (Word w : byTop) {
            float gap = w.top() - reach;
            if (gap > widest) {
                widest = gap;
                at = w.top();
            }
            reach = Math.max(reach, w.bottom());
        }
        if (!Float.isNaN(at)) {
            float split = at;
            cut(words.stream().filter(w -> w.top() < split).toList(), newBlock, out);
            cut(words.stream().filter(w -> w.top() >= split).toList(), false, out);
            return;
        }
        byBaseline(words, newBlock, out);
    }

    /** Words that no gap separates: lines by baseline, each left to right. */
    private static void byBaseline(List<Word> words, boolean newBlock, List<Line> out) {
        var byBaseline = new ArrayList<>(words);
        byBaseline.sort(Comparator.comparingDouble(Word::bottom));
        float tolerance = 0.5f * median(words);
        var line = new ArrayList<Word>();
        boolean first = newBlock;
        for (Word w : byBaseline) {
            if (!line.isEmpty() && w.bottom() - line.get(0).bottom() > tolerance) {
                out.add(new Line(leftToRight(line), first));
                first = false;
                line = new ArrayList<>();
            }
            line.add(w);
        }
        out.add(new Line(leftToRight(line), first));
    }

    private static List<Word> leftToRight(List<Word> words) {
        var sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::left));
        return sorted;
    }

    /** Where the block is cut into columns, or NaN: the widest vertical gap that is a gutter. */
    private static float gutter(List<Word> words) {
        var byLeft = new ArrayList<>(words);
        byLeft.sort(Comparator.comparingDouble(Word::left));
        float minX = byLeft.get(0).left();
        float maxX = (float) words.stream().mapToDouble(Word::right).max().orElse(minX);
        float width = maxX - minX;
        float height = median(words);
        float reach = byLeft.get(0).right();
        float best = Float.NaN;
        float widest = 0;
        for (Word w : byLeft) {
            float gap = w.left() - reach;
            if (gap >= height
                    && gap > widest
                    && reach - minX >= MIN_COLUMN_SHARE * width
                    && maxX - w.left() >= MIN_COLUMN_SHARE * width) {
                float split = w.left();
                if (lineCount(words, true, split) >= MIN_COLUMN_LINES
                        && lineCount(words, false, split) >= MIN_COLUMN_LINES
                        && !rows(words, split)) {
                    widest = gap;
                    best = split;
                }
            }
            reach = Math.max(reach, w.right());
        }
        return best;
    }

    /** The share of one side's lines that stand on a baseline of the other's, at or above which a split is a table's. */
    private static final double ROW_SHARE = 0.9;

    /** How far apart two baselines may be and still be one row's (a wider reach read the git sheet as a table). */
    private static final float ROW_TOLERANCE = 1f;

    /**
     * Whether the two sides of {@code split} are a table's columns rather than a page's: nearly every line of the side
     * with fewer lines has a line of the other side on its baseline (a key and its description, row by row), where
     * two columns of running text keep their own line spacing and paragraph breaks.
     */
    private static boolean rows(List<Word> words, float split) {
        var left = baselines(words, true, split);
        var right = baselines(words, false, split);
        var fewer = left.size() <= right.size() ? left : right;
        var more = fewer == left ? right : left;
        long aligned = fewer.stream()
                .filter(b -> more.stream().anyMatch(o -> Math.abs(o - b) <= ROW_TOLERANCE))
                .count();
        return aligned >= ROW_SHARE * fewer.size();
    }

    private static List<Float> baselines(List<Word> words, boolean left, float split) {
        return words.stream()
                .filter(w -> (w.left() < split) == left)
                .map(Word::bottom)
                .distinct()
                .toList();
    }

    /** How many lines (distinct baselines) the words on one side of {@code split} stand on. */
    private static long lineCount(List<Word> words, boolean left, float split) {
        return baselines(words, left, split).stream()
                .map(Math::round)
                .distinct()
                .count();
    }

    private static float median(List<Word> words) {
        float[] heights = new float[words.size()];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = words.get(i).height();
        }
        Arrays.sort(heights);
        return heights[heights.length / 2];
    }
}
