package com.studybot.core.quiz.generate;

import java.util.List;

/** Reads a model's reply as question drafts in the one shape the instructions ask for, or says why not. */
public interface QuestionDrafts {
    /** The drafts of a reply, or why the whole reply is thrown away. */
    sealed interface Reply {
        record Read(List<Draft> drafts) implements Reply {
            public Read {
                drafts = List.copyOf(drafts);
            }
        }

        /** {@code reason} is {@link #MALFORMED} (not JSON) or {@link #WRONG_SHAPE} (JSON, not the shape). */
        record Rejected(String reason) implements Reply {}
    }

    String MALFORMED = "written: malformed JSON";
    String WRONG_SHAPE = "written: wrong shape";

    Reply parse(String reply);
}
