package com.studybot.adapter.index;

import com.studybot.Wiring;
import java.util.Optional;

/** Engine models made of the hashing stand-in, for tests that need no real embedding model. */
public final class HashingEmbedderAccess {
    private HashingEmbedderAccess() {}

    public static Wiring.Models models() {
        return new Wiring.Models(new HashingEmbedder("hashing-test"), Optional.empty());
    }
}
