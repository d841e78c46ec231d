package com.studybot.core.common;

/** Tells which writing system a text mostly uses, so CJK text can be routed to CJK-aware tools. */
public final class Scripts {
    private Scripts() {}

    /** True for Han, Hiragana, Katakana and Hangul code points. */
    public static boolean isCjk(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** Share of CJK code points among the letters of {@code text} (0 when it has no letters). */
    public static double cjkShare(String text) {
        int letters = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                cjk++;
                letters++;
            } else if (Character.isLetter(cp)) {
                letters++;
            }
        }
        return letters == 0 ? 0 : (double) cjk / letters;
    }

    /**
     * Below this code point no character is Han, Hiragana, Katakana or Hangul (Hangul Jamo start here), so
     * {@link #containsCjk} skips those without asking for their script (a test checks every code point).
     */
    static final int FIRST_CJK = 0x1100;

    public static boolean containsCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_CJK && isCjk(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }
}
