package com.studybot.adapter.index;

import java.util.Arrays;

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours, no substring
 * edited twice) between code-point arrays, capped: the distance Lucene's Levenshtein automata with transpositions
 * accept, so scanning the terms with it finds the same terms {@code FuzzyTermsEnum} does without building an
 * automaton per word. Code points, not chars: the automata count a letter outside the BMP as one edit.
 */
final class OsaDistance {
    private final int max;
    private final int[][] rows;

    /** Distances above {@code max} come back as {@code max + 1}; words up to {@code longest} code points. */
    OsaDistance(int max, int longest) {
        this.max = max;
        this.rows = new int[3][longest + 1];
    }

    /** The distance between {@code a[aFrom..aTo)} and {@code b[bFrom..bTo)}, or {@code max + 1} if above max. */
    int between(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int far = max + 1;
        if (Math.abs(n - m) > max) {
            return far;
        }
        int[] twoBack = rows[0];
        int[] previous = rows[1];
        int[] current = rows[2];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, far);
        }
        Arrays.fill(twoBack, 0, m + 1, far);
        int previousBest = 0;
        for (int i = 1; i <= n; i++) {
            int ai = a[aFrom + i - 1];
            current[0] = Math.min(i, far);
            int best = current[0];
            for (int j = 1; j <= m; j++) {
                int bj = b[bFrom + j - 1];
                int d = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b[bFrom + j - 2] && a[aFrom + i - 2] == bj) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                current[j] = Math.min(d, far);
                best = Math.min(best, current[j]);
            }
            // every later cell comes from this row, or from the previous one plus a swap
            if (best > max && previousBest >= max) {
                return far;
            }
            previousBest = best;
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }
}
