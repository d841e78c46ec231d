package com.studybot.core.common;

/** Edit distance with insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
public final class EditDistance {
    private EditDistance() {}

    public static int between(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Longest second word {@link #within} compares in its row buffers; longer ones take {@link #between}. */
    private static final int BUFFERED = 64;

    /**
     * {@link #within}'s buffers, one set per thread (no allocation): the two words' characters (the first may be
     * up to {@code max} longer than the second) and three rows (two back, the previous, the current). Comparing
     * arrays rather than {@code String.charAt} keeps the compiled loop small: it runs for every near spelling a
     * question is checked against, and the JIT compiler compiles it during a process's first questions.
     */
    private static final class Buffers {
        final char[] first = new char[2 * BUFFERED];
        final char[] second = new char[BUFFERED];
        final int[][] rows = new int[3][BUFFERED + 1];
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /**
     * Whether {@code a} and {@code b} are at most {@code max} edits apart: the same answer as
     * {@code between(a, b) <= max}, computed only on the diagonals within {@code max} of the main one, with
     * distances above {@code max} capped, stopping at the first row whose band is all above {@code max}.
     */
    public static boolean within(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (max < 0 || Math.abs(n - m) > max) {
            return false;
        }
        if (m > BUFFERED || max >= BUFFERED) {
            return between(a, b) <= max;
        }
        Buffers buffers = BUFFERS.get();
        char[] x = buffers.first;
        char[] y = buffers.second;
        a.getChars(0, n, x, 0);
        b.getChars(0, m, y, 0);
        int far = max + 1; // any distance above max: a cell outside the band is at least this far
        int[] twoBack = buffers.rows[0];
        int[] previous = buffers.rows[1];
        int[] current = buffers.rows[2];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, far);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            current[0] = Math.min(i, far);
            int best = current[0] <= max && from == 1 ? current[0] : far;
            char xi = x[i - 1];
            for (int j = from; j <= to; j++) {
                int cost = xi == y[j - 1] ? 0 : 1;
                int left = j - 1 >= i - max ? current[j - 1] : far;
                int up = j <= i - 1 + max ? previous[j] : far;
                int d = Math.min(Math.min(left + 1, up + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && xi == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                current[j] = Math.min(d, far);
                best = Math.min(best, current[j]);
            }
            if (best > max) {
                return false; // every later row builds on this band (or the one before, which is no better)
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[m] <= max;
    }
}
