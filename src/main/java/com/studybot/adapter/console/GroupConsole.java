package com.studybot.adapter.console;

import com.studybot.core.answer.CoverageGaps;
import com.studybot.core.persistence.GapStore;
import com.studybot.core.quiz.Question;
import com.studybot.core.schedule.DailySchedule;
import com.studybot.core.schedule.DailyService;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The console's group-study views: {@code :gaps} (notes to write) and {@code :daily [topic]} (today's daily pick). */
public final class GroupConsole {
    static final int GAPS_SHOWN = 20;
    static final int DAILY_COUNT = 3;

    private final CoverageGaps gaps;
    private final DailyService daily;

    public GroupConsole(CoverageGaps gaps, DailyService daily) {
        this.gaps = gaps;
        this.daily = daily;
    }

    String gaps() {
        List<GapStore.Gap> top = gaps.top(GAPS_SHOWN);
        if (top.isEmpty()) {
            return "No gaps: every question asked so far was answered from the notes.";
        }
        var sb = new StringBuilder("Notes to write (asked, but not in your notes):");
        top.forEach(g -> sb.append("\n  ")
                .append(g.question())
                .append(" (asked ")
                .append(g.count())
                .append(g.count() == 1 ? " time)" : " times)"));
        return sb.toString();
    }

    /** The questions a daily post would ask today, with their answers (nothing is posted or claimed). */
    String daily(String topic) {
        var schedule = new DailySchedule(
                "console",
                "console",
                LocalTime.NOON,
                ZoneId.systemDefault(),
                DAILY_COUNT,
                topic.strip(),
                Duration.ZERO);
        List<Question> pick = daily.preview(schedule);
        if (pick.isEmpty()) {
            return "No multiple-choice questions" + (topic.isBlank() ? "" : " on \"" + topic.strip() + "\"") + " yet.";
        }
        var sb = new StringBuilder("Today's daily pick:");
        for (int i = 0; i < pick.size(); i++) {
            Question q = pick.get(i);
            sb.append("\n").append(i + 1).append(". ").append(q.prompt());
            for (int o = 0; o < q.options().size(); o++) {
                sb.append("\n     ")
                        .append((char) ('A' + o))
                        .append(") ")
                        .append(q.options().get(o));
            }
            sb.append("\n   answer: ")
                    .append(q.answer())
                    .append("  (")
                    .append(q.citation())
                    .append(")");
        }
        return sb.toString();
    }
}
