package com.studybot.core.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The daily posts: one row per server and local date, claimed before the post is sent, so a post happens
 * at most once per day even across crashes and restarts. A claim that was never marked posted is a post to
 * complete (or retry) after a crash.
 */
public interface PostLedger {
    /** A server's post of one local date. */
    record Post(
            String guildId,
            LocalDate date,
            Instant claimedAt,
            List<String> questionIds,
            Optional<String> messageId,
            Optional<Instant> revealedAt) {
        public Post {
            questionIds = List.copyOf(questionIds);
        }

        /** Sent, or given up for good (then it is neither sent again nor revealed). */
        public boolean posted() {
            return messageId.isPresent();
        }

        /** Sent for members to answer: not a post Discord refused for good. */
        public boolean sent() {
            return messageId.filter(id -> !id.startsWith("failed:")).isPresent();
        }
    }

    /** Claims the server's post of {@code date} with its questions; false if it was claimed already. */
    boolean claim(String guildId, LocalDate date, List<String> questionIds, Instant at);

    /** Marks the claimed post as sent as message {@code messageId}. */
    void posted(String guildId, LocalDate date, String messageId);

    /** Marks the post's answers as revealed. */
    void revealed(String guildId, LocalDate date, Instant at);

    Optional<Post> find(String guildId, LocalDate date);

    /** The server's posts from {@code since} on, oldest first (to avoid repeating questions). */
    List<Post> since(String guildId, LocalDate since);
}
