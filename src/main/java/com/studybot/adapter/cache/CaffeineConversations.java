package com.studybot.adapter.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.studybot.core.answer.Conversations;
import java.time.Duration;
import java.util.Optional;

/** Previous questions kept for a while (a conversation goes cold), bounded in number. */
public final class CaffeineConversations implements Conversations {
    private final Cache<String, String> last;

    public CaffeineConversations(Duration keep, long maxKeys, Ticker ticker) {
        this.last = Caffeine.newBuilder()
                .expireAfterWrite(keep)
                .maximumSize(maxKeys)
                .ticker(ticker)
                .build();
    }

    @Override
    public Optional<String> previous(String key) {
        return Optional.ofNullable(last.getIfPresent(key));
    }

    @Override
    public void remember(String key, String question) {
        last.put(key, question);
    }
}
