package com.studybot.core.content;

import java.util.List;

/** Formats heading paths the one way users see them: {@code A › B}. */
public final class HeadingPaths {
    public static final String SEPARATOR = " › ";

    private HeadingPaths() {}

    public static String label(List<String> headingPath) {
        return String.join(SEPARATOR, headingPath);
    }
}
