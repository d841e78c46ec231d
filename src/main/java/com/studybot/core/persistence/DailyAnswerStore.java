package com.studybot.core.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Members' answers to a daily post: the first answer of each member to each question counts. */
public interface DailyAnswerStore {
    /** Records the member's choice; false (and nothing changes) if they answered this question already. */
    boolean answer(String guildId, LocalDate date, int question, String userId, int choice);

    /** How many members chose each option of the question (option index to count). */
    Map<Integer, Integer> tally(String guildId, LocalDate date, int question);

    Optional<Integer> choiceOf(String guildId, LocalDate date, int question, String userId);

    /** Who chose what on the question (user id to option index). */
    Map<String, Integer> choices(String guildId, LocalDate date, int question);

    /** The members who answered any of the server's posts from {@code since} on, by id. */
    java.util.Set<String> members(String guildId, LocalDate since);

    /** The local dates of the posts the member answered at least one question of, oldest first. */
    List<LocalDate> daysAnswered(String guildId, String userId);
}
