package com.studybot.core.answer;

import com.studybot.core.common.ReferenceId;
import com.studybot.core.retrieval.Passage;
import java.util.List;
import java.util.Objects;

/** The outcome of asking a question; adapters only render it. */
public sealed interface Answer {
    String question();

    /** The passages retrieved for the question, best first (none when it failed). */
    List<Passage> passages();

    /** How strongly the notes support an answer, 0..1 (0 when it failed). */
    double confidence();

    /** Which outcome this is, for renderers that name it (each case returns its own). */
    Kind kind();

    /** The outcomes by name; {@code id} is how the batch JSON spells it. */
    enum Kind {
        ANSWERED("answered"),
        CLOSEST("closest"),
        NOT_IN_NOTES("not_in_notes"),
        FAILED("failed");

        public final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    /**
     * The notes answer it: {@code text} is quoted from them (or written from them by a language model and
     * checked), each citation names a passage used; {@code notice} says how the answer was made when that
     * matters ("" otherwise), e.g. that the extractive answer stands in for a model that timed out.
     */
    record Answered(
            String question,
            String text,
            List<Citation> citations,
            List<Passage> passages,
            double confidence,
            String notice)
            implements Answer {
        public Answered {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(text, "text");
            citations = List.copyOf(citations);
            passages = List.copyOf(passages);
            Objects.requireNonNull(notice, "notice");
        }

        @Override
        public Kind kind() {
            return Kind.ANSWERED;
        }

        public Answered(
                String question, String text, List<Citation> citations, List<Passage> passages, double confidence) {
            this(question, text, citations, passages, confidence, "");
        }
    }

    /**
     * Evidence in between: the notes don't say it directly, but {@code citation}'s passage comes closest and
     * is shown as such, {@code text} quoted from it under an honest line.
     */
    record Closest(String question, String text, Citation citation, List<Passage> passages, double confidence)
            implements Answer {
        /** The line shown above the closest passage. */
        public static final String LEAD = "Your notes don't say this directly; the closest passage is:";

        /** {@link #LEAD}, or the name the question writes that the notes never use when that is why. */
        public String lead() {
            return DecisionFeatures.unknownName(passages)
                    .map(name -> "Your notes never mention “" + name + "”; the closest passage is:")
                    .orElse(LEAD);
        }

        public Closest {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(citation, "citation");
            passages = List.copyOf(passages);
        }

        @Override
        public Kind kind() {
            return Kind.CLOSEST;
        }
    }

    /** The notes don't cover it; {@code suggestions} name the nearest topics, {@code passages} the nearest text. */
    record NotInNotes(String question, List<String> suggestions, List<Passage> passages, double confidence)
            implements Answer {
        public NotInNotes {
            Objects.requireNonNull(question, "question");
            suggestions = List.copyOf(suggestions);
            passages = List.copyOf(passages);
        }

        /** A line naming what the question writes that the notes never use ("" when nothing), after the refusal. */
        public String unknownNameLine() {
            return DecisionFeatures.unknownName(passages)
                    .map(name -> "They never mention “" + name + "”.")
                    .orElse("");
        }

        @Override
        public Kind kind() {
            return Kind.NOT_IN_NOTES;
        }
    }

    /** Something broke; the user sees {@code reason} and the reference id, the log has the details. */
    record Failed(String question, ReferenceId ref, String reason) implements Answer {
        public Failed {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Kind kind() {
            return Kind.FAILED;
        }

        @Override
        public List<Passage> passages() {
            return List.of();
        }

        @Override
        public double confidence() {
            return 0;
        }
    }
}
