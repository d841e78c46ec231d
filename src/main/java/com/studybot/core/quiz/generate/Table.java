package com.studybot.core.quiz.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of a section, as the Markdown reader writes it: a paragraph whose lines are rows of cells joined by
 * " | ", the header row first. {@code headers} are the cells of the first row, {@code rows} the others, each
 * with as many cells as there are headers.
 */
record Table(List<String> headers, List<List<String>> rows) {
    private static final String CELL_SEPARATOR = " | ";
    /** A header cell that reads as code or a formula, not a column name: the "table" is likely code. */
    private static final Pattern CODE = Pattern.compile("[$={};<>\\\\`]|^\\s*[-|:]+\\s*$");

    Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The tables of a section's text: runs of at least three lines (a header and two rows) that all have the
     * same number (two or more) of cells, whose header cells are short names rather than code.
     */
    static List<Table> in(String sectionText) {
        var out = new ArrayList<Table>();
        for (String block : sectionText.split("\n\\s*\n")) {
            parse(block).ifPresent(out::add);
        }
        return out;
    }

    private static java.util.Optional<Table> parse(String block) {
        String[] lines = block.strip().split("\n");
        if (lines.length < 3) {
            return java.util.Optional.empty();
        }
        var cells = new ArrayList<List<String>>();
        for (String line : lines) {
            List<String> row = Arrays.stream(line.split(Pattern.quote(CELL_SEPARATOR), -1))
                    .map(String::strip)
                    .toList();
            if (row.size() < 2
                    || (!cells.isEmpty() && row.size() != cells.get(0).size())) {
                return java.util.Optional.empty();
            }
            cells.add(row);
        }
        List<String> headers = cells.get(0);
        boolean named = headers.stream()
                .allMatch(h -> h.isEmpty()
                        || (h.codePoints().anyMatch(Character::isLetter)
                                && Words.length(h) <= 8
                                && !CODE.matcher(h).find()));
        return named
                ? java.util.Optional.of(new Table(headers, cells.subList(1, cells.size())))
                : java.util.Optional.empty();
    }

    /** The cells of column {@code c}, top to bottom. */
    List<String> column(int c) {
        return rows.stream().map(r -> r.get(c)).toList();
    }

    /** Whether every cell of column {@code c} is written differently from the others (and none is empty). */
    boolean distinct(int c) {
        List<String> cells = column(c).stream().map(Words::norm).toList();
        return cells.stream().noneMatch(String::isEmpty)
                && cells.stream().distinct().count() == cells.size();
    }
}
