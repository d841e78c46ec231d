package com.studybot.core.persistence;

import java.time.Instant;
import java.util.List;

/**
 * Questions asked that the notes could not answer ("notes to write"), deduplicated by a normalised key
 * and counted, until the notes answer them.
 */
public interface GapStore {
    /** One open gap: the key, the question as last asked, how often it was asked, and when last. */
    record Gap(String key, String question, int count, Instant lastAsked) {}

    /** Counts one more asking of the question under {@code key}; committed when this returns. */
    void record(String key, String question, Instant at);

    /** The open gaps, most asked first (then most recently asked), at most {@code limit}. */
    List<Gap> top(int limit);

    /** Removes the gap: the notes answer it now. */
    void close(String key);
}
