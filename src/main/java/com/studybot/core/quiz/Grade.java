package com.studybot.core.quiz;

import java.util.Objects;

/** The verdict on a typed answer. */
public sealed interface Grade {
    /** Right; {@code typos} is 0 for an exact match (after normalising), more when a slip was forgiven. */
    record Correct(String accepted, int typos) implements Grade {
        public Correct {
            Objects.requireNonNull(accepted, "accepted");
        }
    }

    /** Wrong; {@code expected} is the answer to show. */
    record Incorrect(String expected) implements Grade {
        public Incorrect {
            Objects.requireNonNull(expected, "expected");
        }
    }

    default boolean correct() {
        return this instanceof Correct;
    }
}
