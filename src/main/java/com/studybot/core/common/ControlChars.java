package com.studybot.core.common;

/**
 * Characters in note text that would act on a terminal or reorder what a reader sees: C0 controls other than
 * newline and tab (ESC starts terminal escape sequences, BEL rings, CR overwrites a line), DEL, C1 controls,
 * and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
public final class ControlChars {
    private ControlChars() {}

    public static boolean isUnsafe(int c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** For a terminal: each unsafe character shown as text ("^[" for ESC, "<U+202E>" for an override). */
    public static String visible(String text) {
        if (text.chars().noneMatch(ControlChars::isUnsafe)) {
            return text;
        }
        var sb = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> sb.append(visible((char) c)));
        return sb.toString();
    }

    /** One character as a terminal should show it. */
    public static String visible(char c) {
        if (!isUnsafe(c)) {
            return String.valueOf(c);
        }
        if (c < 0x20) {
            return "^" + (char) (c + 64);
        }
        if (c == 0x7F) {
            return "^?";
        }
        return String.format("<U+%04X>", (int) c);
    }

    /** For chat: the unsafe characters removed. */
    public static String stripped(String text) {
        if (text.chars().noneMatch(ControlChars::isUnsafe)) {
            return text;
        }
        var sb = new StringBuilder(text.length());
        text.chars().filter(c -> !isUnsafe(c)).forEach(c -> sb.append((char) c));
        return sb.toString();
    }
}
