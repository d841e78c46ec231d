package com.studybot.core.quiz.generate;

import com.studybot.core.quiz.QuizItem;
import java.util.List;
import java.util.Objects;

/**
 * A fact a multiple-choice item asks, as a statement to judge true or false: {@code template} says it with
 * {@link #SLOT} where the answer goes ("The port number of SSH is …"), {@code truth} fills it truly, and each of
 * {@code others} falsely with a sibling's fact (another row's port, a sibling's definition, the other compared
 * thing), already checked to differ clearly from the truth. {@code also} are fact keys besides the base item's (the
 * definition a "what is …?" item shares its fact with).
 */
record Claim(QuizItem base, String template, String truth, List<Other> others, boolean chinese, List<String> also) {
    /** Where the filler goes in a template: a character no note writes. */
    static final String SLOT = "\uE000";

    /** A false filler and whose fact it is ("RDP" for 3389; empty when the base item's quote says it). */
    record Other(String filler, String owner) {
        Other {
            Objects.requireNonNull(filler, "filler");
            Objects.requireNonNull(owner, "owner");
        }
    }

    Claim {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(truth, "truth");
        others = List.copyOf(others);
        also = List.copyOf(also);
        if (!template.contains(SLOT)) {
            throw new IllegalArgumentException("template must hold the slot: " + template);
        }
    }

    Claim(QuizItem base, String template, String truth, List<Other> others, boolean chinese) {
        this(base, template, truth, others, chinese, List.of());
    }

    /** The statement with {@code filler} in the slot. */
    String say(String filler) {
        return template.replace(SLOT, filler);
    }

    /** Others named only by their filler (the base item's quote says whose they are). */
    static List<Other> unowned(List<String> fillers) {
        return fillers.stream().map(f -> new Other(f, "")).toList();
    }
}
