package com.studybot.adapter.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops page boilerplate: lines that recur, nearly identical, three or more times in a document, on three pages
 * where its pages are known (headers,
 * footers, "Cheat sheets… www.example.co" banners whose spelling, URL scheme or emoji vary), and page
 * numbers. Lines are compared by character-trigram Jaccard similarity after normalisation.
 */
final class BoilerplateFilter {
    private static final double SIMILAR = 0.6;
    private static final int MIN_REPEATS = 3;
    private static final int MIN_LENGTH = 12;
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)^\\s*(page\\s*)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?\\s*$|^\\s*-\\s*\\d{1,4}\\s*-\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");

    private BoilerplateFilter() {}

    static List<String> filter(List<String> lines) {
        List<String> normalised =
                lines.stream().map(BoilerplateFilter::normalise).toList();
        List<Set<String>> grams =
                normalised.stream().map(BoilerplateFilter::trigrams).toList();
        var clusters = new ArrayList<List<Integer>>();
        for (int i = 0; i < lines.size(); i++) {
            if (normalised.get(i).length() < MIN_LENGTH
                    || HEADING.matcher(lines.get(i)).find()) {
                continue;
            }
            boolean placed = false;
            for (List<Integer> cluster : clusters) {
                if (jaccard(grams.get(cluster.get(0)), grams.get(i)) >= SIMILAR) {
                    cluster.add(i);
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                clusters.add(new ArrayList<>(List.of(i)));
            }
        }
        int[] page = pages(lines);
        boolean paged = page[page.length - 1] > 0;
        var drop = new HashSet<Integer>();
        clusters.stream()
                .filter(c -> (paged ? c.stream().map(i -> page[i]).distinct().count() : c.size()) >= MIN_REPEATS)
                .forEach(drop::addAll);
        var kept = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (!drop.contains(i) && !PAGE_NUMBER.matcher(lines.get(i)).matches()) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /**
     * The page each line is on, counted by form feeds (each PDF page starts with one); all 0 for text without
     * them. Where pages are known, boilerplate is what recurs on three pages, so that three like lines on one page
     * ("$ git branch [name]", "$ git checkout [name]", "$ git branch -d [name]") are kept.
     */
    private static int[] pages(List<String> lines) {
        int[] page = new int[Math.max(1, lines.size())];
        int current = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).indexOf('\f') >= 0) {
                current++;
            }
            page[i] = current;
        }
        return page;
    }

    static String normalise(String line) {
        String s = line.toLowerCase(Locale.ROOT);
        s = s.replaceAll("https?://", "").replaceAll("www\\.", "");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("\\p{N}", "#");
        return s.strip();
    }

    private static Set<String> trigrams(String s) {
        var grams = new HashSet<String>();
        String padded = " " + s + " ";
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
