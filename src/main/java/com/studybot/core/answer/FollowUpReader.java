package com.studybot.core.answer;

import java.util.Optional;

/** Reads a follow-up question ("and what about EKS?") in the light of the asker's previous one. */
public interface FollowUpReader {
    /** The question to search for, given the asker's previous question in the same place (if any). */
    String read(String question, Optional<String> previous);

    /**
     * Reads the question with the key's previous one, remembers the result as the new previous question,
     * and returns it: what to search for.
     */
    default String next(Conversations conversations, String key, String question) {
        String read = read(question, conversations.previous(key));
        conversations.remember(key, read);
        return read;
    }
}
