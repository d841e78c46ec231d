package com.studybot.core.schedule;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.persistence.DailyAnswerStore;
import com.studybot.core.persistence.PostLedger;
import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.QuizItems;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks a daily post's questions for a group: multiple choice (anyone answers with a button), never a
 * question posted in the last {@code noRepeatDays}; first what members got wrong lately in their quizzes
 * (most recently missed first), then what is due for most of the group's members in their spaced
 * repetition, then topics not posted recently, varied by date.
 */
final class DailyPicker {
    static final Duration MISSES_WINDOW = Duration.ofDays(14);
    static final int MISSES_CONSIDERED = 200;
    static final int MEMBER_DAYS = 30;

    private final QuestionPool pool;
    private final PostLedger ledger;
    private final ScoreStore scores;
    private final DailyAnswerStore answers;
    private final CardMemoryStore memory;
    private final int noRepeatDays;

    DailyPicker(
            QuestionPool pool,
            PostLedger ledger,
            ScoreStore scores,
            DailyAnswerStore answers,
            CardMemoryStore memory,
            int noRepeatDays) {
        this.pool = pool;
        this.ledger = ledger;
        this.scores = scores;
        this.answers = answers;
        this.memory = memory;
        this.noRepeatDays = noRepeatDays;
    }

    List<Question> pick(DailySchedule s, LocalDate date) {
        Set<String> recent = new HashSet<>();
        ledger.since(s.guildId(), date.minusDays(noRepeatDays)).forEach(p -> recent.addAll(p.questionIds()));
        List<QuizItem> items = pool.onTopic(s.topic()).stream()
                .filter(i -> i.choice().isPresent() && !recent.contains(i.id()))
                .toList();
        Set<String> recentTopics = pool.all().items().stream()
                .filter(i -> recent.contains(i.id()))
                .flatMap(i -> i.topics().stream())
                .collect(Collectors.toSet());
        Instant since = date.atStartOfDay(ZoneOffset.UTC).toInstant().minus(MISSES_WINDOW);
        List<String> missed = scores.misses(Optional.empty(), since, MISSES_CONSIDERED);
        Map<String, Integer> dueFor = dueForMembers(s.guildId(), date);
        List<QuizItem> ranked = items.stream()
                .sorted(Comparator.comparingInt((QuizItem i) -> missedRank(missed, i))
                        .thenComparing(i -> -dueFor.getOrDefault(i.id(), 0))
                        .thenComparing(i -> i.topics().stream().anyMatch(recentTopics::contains))
                        .thenComparing(i -> Integer.toHexString((date + i.id()).hashCode())))
                .toList();
        return QuizItems.withoutRestated(QuizItems.fewTrueFalse(ranked, s.count())).stream()
                .limit(s.count())
                .map(i -> i.choice().orElseThrow())
                .toList();
    }

    /**
     * For each question, how many of the group's members (those who answered its daily posts in the last
     * month) have it due in their spaced-repetition memory.
     */
    private Map<String, Integer> dueForMembers(String guildId, LocalDate date) {
        Instant end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String member : answers.members(guildId, date.minusDays(MEMBER_DAYS))) {
            memory.due(member, end, MISSES_CONSIDERED).forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    /** Missed questions first, the most recently missed first; the rest after them. */
    private static int missedRank(List<String> missed, QuizItem item) {
        int at = missed.indexOf(item.id());
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** A lookup of questions by id (the multiple-choice form when there is one), built once per call. */
    Function<String, Optional<Question>> byId() {
        Map<String, QuizItem> items =
                pool.all().items().stream().collect(Collectors.toMap(QuizItem::id, Function.identity(), (a, b) -> a));
        return id -> Optional.ofNullable(items.get(id)).flatMap(i -> i.choice().or(i::typed));
    }

    /** The questions of a claimed post, by id (a question whose note is gone is left out). */
    List<Question> resolve(List<String> ids) {
        Function<String, Optional<Question>> byId = byId();
        return ids.stream().map(byId).flatMap(Optional::stream).toList();
    }
}
