package com.studybot.core.retrieval;

import java.util.List;

/** Finds the passages of the notes that best match a question, best first. */
public interface PassageRetriever {
    List<Passage> retrieve(Query query);
}
