package com.studybot.core.quiz.generate;

import java.util.Set;

/** How Han characters are read in Latin letters: pinyin without tones, syllables run together (知乎 reads "zhihu"). */
@FunctionalInterface
public interface Pinyin {
    /** Reads nothing: no check by pinyin. */
    Pinyin NONE = han -> Set.of();

    /** Every reading of {@code han} (Han characters only), lower case; empty when a character has none. */
    Set<String> readings(String han);
}
