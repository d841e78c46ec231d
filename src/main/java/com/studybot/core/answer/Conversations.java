package com.studybot.core.answer;

import java.util.Optional;

/** Each asker's previous question in a place (a user in a channel, the console), to read a follow-up by. */
public interface Conversations {
    Optional<String> previous(String key);

    void remember(String key, String question);
}
