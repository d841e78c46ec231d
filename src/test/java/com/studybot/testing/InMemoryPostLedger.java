package com.studybot.testing;

import com.studybot.core.persistence.PostLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** The in-memory fake of the post ledger, held to the same contract as the JDBC store. */
public final class InMemoryPostLedger implements PostLedger {
    private record Key(String guildId, LocalDate date) {}

    private final Map<Key, Post> posts = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String guildId, LocalDate date, List<String> questionIds, Instant at) {
        for (String id : questionIds) {
            if (id.isEmpty() || id.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("questionIds must be non-empty and without newlines");
            }
        }
        var post = new Post(guildId, date, at, questionIds, Optional.empty(), Optional.empty());
        return posts.putIfAbsent(new Key(guildId, date), post) == null;
    }

    @Override
    public void posted(String guildId, LocalDate date, String messageId) {
        update(
                guildId,
                date,
                p -> new Post(
                        p.guildId(), p.date(), p.claimedAt(), p.questionIds(), Optional.of(messageId), p.revealedAt()));
    }

    @Override
    public void revealed(String guildId, LocalDate date, Instant at) {
        update(
                guildId,
                date,
                p -> new Post(p.guildId(), p.date(), p.claimedAt(), p.questionIds(), p.messageId(), Optional.of(at)));
    }

    private void update(String guildId, LocalDate date, UnaryOperator<Post> change) {
        if (posts.computeIfPresent(new Key(guildId, date), (k, p) -> change.apply(p)) == null) {
            throw new IllegalStateException("no claimed daily post for guild " + guildId + " on " + date);
        }
    }

    @Override
    public Optional<Post> find(String guildId, LocalDate date) {
        return Optional.ofNullable(posts.get(new Key(guildId, date)));
    }

    @Override
    public List<Post> since(String guildId, LocalDate since) {
        return posts.values().stream()
                .filter(p -> p.guildId().equals(guildId) && !p.date().isBefore(since))
                .sorted(Comparator.comparing(Post::date))
                .toList();
    }
}
