package com.studybot.adapter.index;

import com.studybot.Models;
import java.util.Optional;

/** Engine models made of the hashing stand-in, for tests that need no real embedding model. */
public final class HashingEmbedderAccess {
    private HashingEmbedderAccess() {}

    public static Models models() {
        return new Models(new HashingEmbedder("hashing-test"), Optional.empty());
    }
}
