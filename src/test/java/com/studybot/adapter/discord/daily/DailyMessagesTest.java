package com.studybot.adapter.discord.daily;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.discord.ComponentIds;
import com.studybot.core.quiz.Question;
import com.studybot.core.schedule.DailySchedule;
import com.studybot.core.schedule.DailyService;
import com.studybot.testing.InMemoryComponentStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

/** The daily post stays within what Discord accepts in one message, however long the notes' definitions are. */
final class DailyMessagesTest {
    private final DailyMessages messages = new DailyMessages(new ComponentIds(
            new InMemoryComponentStore(),
            Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC),
            Duration.ofDays(7)));

    private static Question longQuestion(int i) {
        String definition = ("a managed service that stores, replicates, versions and serves objects of any size for "
                        + "applications that need durable storage, number " + i + ", ")
                .repeat(6);
        var options = new ArrayList<String>();
        for (int o = 0; o < 4; o++) {
            options.add("Option " + o + " of question " + i + ": " + definition.substring(0, 300));
        }
        return new Question(
                "q" + i,
                "Which of these is described as " + definition + "?",
                options.get(1),
                List.of(),
                options,
                "aws/storage.md › Storage › S3 number " + i + " " + "deep heading ".repeat(20),
                definition);
    }

    @Test
    void fiveQuestionsWithLongDefinitionOptionsFitSixThousandCharactersAndKeepEveryOption() {
        var questions = new ArrayList<Question>();
        for (int i = 0; i < 5; i++) {
            questions.add(longQuestion(i));
        }
        var schedule = new DailySchedule(
                "g1", "c1", LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), 5, "", Duration.ofMinutes(60));
        var post = messages.post(new DailyService.DuePost(schedule, LocalDate.parse("2026-12-06"), questions));
        int total = post.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum();
        int untrimmed = questions.stream()
                .mapToInt(
                        q -> q.prompt().length() + String.join("", q.options()).length())
                .sum();
        assertThat(untrimmed).as("the notes would not fit as they are").isGreaterThan(6000);
        assertThat(total).isLessThanOrEqualTo(6000);
        assertThat(post.getEmbeds())
                .hasSize(5)
                .allSatisfy(e -> assertThat(e.getDescription()).contains("**A)** ", "**B)** ", "**C)** ", "**D)** "));
    }
}
