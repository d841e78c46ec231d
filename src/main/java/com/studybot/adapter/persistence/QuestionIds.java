package com.studybot.adapter.persistence;

import java.util.List;

/** A list of question ids in one text column: joined with newlines, "" for none. */
final class QuestionIds {
    private QuestionIds() {}

    /** The ids in order; an empty id or one with a newline cannot be told apart when read back, so is refused. */
    static String join(List<String> ids) {
        for (String id : ids) {
            if (id.isEmpty() || id.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("questionIds must be non-empty and without newlines, was "
                        + ids.stream()
                                .map(i -> "\"" + i.replace("\n", "\\n") + "\"")
                                .toList());
            }
        }
        return String.join("\n", ids);
    }

    static List<String> split(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
