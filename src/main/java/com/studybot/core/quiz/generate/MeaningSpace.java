package com.studybot.core.quiz.generate;

import java.util.List;

/**
 * Places short texts (a term, a few characters of a description) in one space where a phrase and its
 * translation into another language lie close together: "web search" near 网页搜索.
 */
public interface MeaningSpace {
    /** One vector per text, in the order given. */
    List<float[]> vectors(List<String> texts);
}
