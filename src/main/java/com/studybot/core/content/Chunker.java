package com.studybot.core.content;

import java.util.List;

/** Splits a note into passages small enough to embed and to quote. */
public interface Chunker {
    List<Chunk> chunk(Note note);
}
