package com.studybot.core.answer;

import java.util.List;
import java.util.Optional;

/**
 * A language model's replies by what they were written from: the normalised question, the passages (id and
 * content hash, in prompt order) and the model. A re-index that leaves the passages alone keeps the reply; an
 * edited passage or another model asks again. Failed calls are never stored.
 */
public interface ModelReplies {
    record Key(String question, List<String> passages, String model) {
        public Key {
            passages = List.copyOf(passages);
        }
    }

    Optional<String> get(Key key);

    void put(Key key, String reply);

    /** Remembers nothing. */
    ModelReplies NONE = new ModelReplies() {
        @Override
        public Optional<String> get(Key key) {
            return Optional.empty();
        }

        @Override
        public void put(Key key, String reply) {}
    };
}
