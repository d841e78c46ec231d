package com.studybot.core.persistence;

import com.studybot.core.quiz.generate.WrittenSet;
import java.util.List;

/** The questions a language model wrote, one set per passage content hash and model, kept across restarts. */
public interface WrittenQuestionStore {
    /** Keeps {@code set}, replacing an earlier one of the same passage hash and model. */
    void save(WrittenSet set);

    /** Every set {@code model} wrote. */
    List<WrittenSet> all(String model);
}
