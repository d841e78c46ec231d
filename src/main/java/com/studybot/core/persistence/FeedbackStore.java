package com.studybot.core.persistence;

import java.time.Instant;

/** Keeps what users said of answers (helpful or not), to find the questions the notes answer badly. */
public interface FeedbackStore {
    /** Records one vote; a user's second vote on the same answer replaces the first. Committed on return. */
    void record(String userId, String answerId, String question, boolean helpful, Instant at);

    /** How many users found the answer helpful and how many did not. */
    Votes votes(String answerId);

    record Votes(int helpful, int unhelpful) {}
}
