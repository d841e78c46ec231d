package com.studybot.core.telemetry;

import java.util.List;

/** A cache that counts its lookups, for hit rates on the operator's dashboard. */
public interface CountedCache {
    /** Each cache it holds, by a short name ("answers", "quiz_sessions"), with its counts so far. */
    List<CacheCounts> cacheCounts();
}
