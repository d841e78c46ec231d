package com.studybot.core.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * True/false questions: a statement asked as a two-option multiple choice, "True" and "False" (对 and 错 for
 * Chinese notes), so every front end shows, grades and schedules it as any choice. A typed answer may also say
 * it in a word: "t", "true", "yes", 对 or 正确; "f", "false", "no", 错 or 错误.
 */
public final class TrueFalse {
    public static final String TRUE = "True";
    public static final String FALSE = "False";
    public static final String ZH_TRUE = "对";
    public static final String ZH_FALSE = "错";

    private static final Set<String> SAYS_TRUE = Set.of("t", "true", "yes", "y", "对", "正确", "是", "√", "✓");
    private static final Set<String> SAYS_FALSE = Set.of("f", "false", "no", "n", "错", "错误", "否", "×", "✗");

    private TrueFalse() {}

    /** The two options, in the order they are shown. */
    public static List<String> options(boolean chinese) {
        return chinese ? List.of(ZH_TRUE, ZH_FALSE) : List.of(TRUE, FALSE);
    }

    /** The answer to a statement that is {@code truth}. */
    public static String answer(boolean truth, boolean chinese) {
        return options(chinese).get(truth ? 0 : 1);
    }

    /** Other ways to type the answer (for a typed form of the question, as the grader reads aliases). */
    public static List<String> aliases(boolean truth) {
        return truth ? List.of("T", "yes", ZH_TRUE, "正确", TRUE) : List.of("F", "no", ZH_FALSE, "错误", FALSE);
    }

    /** Whether {@code q} is a true/false question: its options are exactly True, False (or 对, 错). */
    public static boolean is(Question q) {
        return q.options().equals(options(false)) || q.options().equals(options(true));
    }

    /** Whether the statement of true/false question {@code q} is true. */
    public static boolean truth(Question q) {
        return q.answer().equals(TRUE) || q.answer().equals(ZH_TRUE);
    }

    /** What a typed answer says, when it says true or false in a word ("t", "False", 对); else empty. */
    public static Optional<Boolean> reading(String given) {
        String g = given.strip().replaceAll("[.!。！]+$", "").toLowerCase(Locale.ROOT);
        if (SAYS_TRUE.contains(g)) {
            return Optional.of(true);
        }
        return SAYS_FALSE.contains(g) ? Optional.of(false) : Optional.empty();
    }
}
