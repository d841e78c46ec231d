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

    public static boolean containsCjk(String text) {
        return text.codePoints().anyMatch(Scripts::isCjk);
    }
}
