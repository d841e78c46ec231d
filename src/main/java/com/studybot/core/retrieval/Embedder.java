package com.studybot.core.retrieval;

import java.util.List;

/** Turns text into vectors with one fixed model; {@code modelId} names it so stored vectors can be reused. */
public interface Embedder {
    String modelId();

    float[] embedQuery(String text);

    List<float[]> embedPassages(List<String> texts);
}
