package com.studybot.core.common;

import java.util.Map;

/** Something that can report figures for {@code :stats}, e.g. a cache's hit rate. */
public interface MetricsSource {
    /** Figure name to a human-readable value, in display order. */
    Map<String, String> metrics();
}
