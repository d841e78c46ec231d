package com.studybot.e2e.discord;

import static com.studybot.e2e.discord.BotFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.persistence.Database;
import com.studybot.adapter.persistence.JdbcComponentStore;
import com.studybot.e2e.discord.fake.FakeDiscord;
import com.studybot.e2e.discord.fake.Reply;
import com.studybot.e2e.discord.fake.TestUser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quizzing on Discord: buttons, the answer form, flash cards, two users at once, a restart mid-quiz. */
final class DiscordQuizTest {
    @TempDir
    Path root;

    private FakeDiscord discord;
    private BotFixture bot;
    private TestUser alice;
    private TestUser bob;
    private boolean errorExpected;

    @BeforeEach
    void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        alice = discord.user("alice");
        bob = discord.user("bob");
        bot = BotFixture.start(root, Notes.all(), discord);
    }

    @AfterEach
    void stopTheBot() throws Exception {
        bot.closeAndCheck(errorExpected);
    }

    private static String rightLabel(Reply question, String answer) {
        return question.buttons().stream()
                .map(Reply.Button::label)
                .filter(l -> l.endsWith(") " + answer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + answer + " in " + question.buttons()));
    }

    @Test
    void twoUsersQuizInOneChannelAndOnlyTheOwnerCanAnswer() {
        // GIVEN alice and bob each start a multiple-choice quiz on tracing in the same channel
        Reply aliceQ = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        Reply bobQ = bob.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        // WHEN bob presses alice's button, then each answers their own
        Reply intruder = bob.click(aliceQ, rightLabel(aliceQ, "AWS X-Ray")).awaitReply(TIMEOUT);
        Reply aliceVerdict =
                alice.click(aliceQ, rightLabel(aliceQ, "AWS X-Ray")).awaitReply(TIMEOUT);
        Reply bobVerdict = bob.click(bobQ, "Skip").awaitReply(TIMEOUT);
        Reply bobAgain = bob.click(bobVerdict, "Skip").awaitReply(TIMEOUT);
        // THEN each has their own quiz, graded with the passage quoted and cited
        assertThat(aliceQ.embedText()).contains("Question 1/1 for alice").contains("distributed tracing service");
        assertThat(intruder.ephemeral()).isTrue();
        assertThat(intruder.text()).contains("someone else's quiz");
        assertThat(aliceVerdict.text()).contains("✅ Correct: **AWS X-Ray**").contains("— aws/services.md");
        assertThat(aliceVerdict.text()).contains("Quiz on tracing done: 1 of 1 right the first time.");
        // a skipped question comes back once before the end; the summary names it to review
        assertThat(bobVerdict.text()).contains("Skipped").contains("It comes back before the end of this quiz.");
        assertThat(bobVerdict.embedText()).contains("Question 2/2 for bob");
        assertThat(bobAgain.text())
                .contains("Quiz on tracing done: 0 of 1 right the first time.")
                .contains("To review")
                .contains("**AWS X-Ray**");
    }

    @Test
    void anAnsweredQuestionsButtonsAreGreyedOut() {
        // GIVEN a question
        Reply q = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        // WHEN alice answers it
        alice.click(q, rightLabel(q, "AWS X-Ray")).awaitReply(TIMEOUT);
        // THEN the question's message keeps its text, but all its buttons are greyed out
        var edited = discord.awaitEdit(q.messageId(), TIMEOUT).orElseThrow();
        assertThat(edited.path("embeds").get(0).path("description").asText()).contains("distributed tracing");
        assertThat(edited.findParents("custom_id"))
                .hasSize(q.buttons().size())
                .allSatisfy(b -> assertThat(b.path("disabled").asBoolean()).isTrue());
    }

    @Test
    void aSecondClickOnTheSameButtonCountsOnce() {
        Reply q = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        String label = rightLabel(q, "AWS X-Ray");
        alice.click(q, label).awaitReply(TIMEOUT);
        Reply again = alice.click(q, label).awaitReply(TIMEOUT);
        Reply stats = alice.slash("stats", Map.of()).awaitReply(TIMEOUT);
        assertThat(again.ephemeral()).isTrue();
        assertThat(stats.text()).contains("1 of 1 right");
    }

    @Test
    void aTypedAnswerGoesThroughAForm() {
        // GIVEN a typed question
        Reply q = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "typed"))
                .awaitReply(TIMEOUT);
        // WHEN alice opens the form and answers with a typo
        Reply form = alice.click(q, "Type answer").awaitReply(TIMEOUT);
        Reply verdict = alice.submit(form, Map.of("answer", "aws x-rey")).awaitReply(TIMEOUT);
        // THEN
        assertThat(form.isModal()).isTrue();
        assertThat(verdict.text()).contains("✅ Correct");
    }

    @Test
    void aTypedAnswerMarkedWrongCanBeCountedRightOnceWithAButton() {
        // GIVEN a typed question answered in words the grader does not take
        Reply q = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "typed"))
                .awaitReply(TIMEOUT);
        Reply form = alice.click(q, "Type answer").awaitReply(TIMEOUT);
        Reply verdict = alice.submit(form, Map.of("answer", "the tracing one")).awaitReply(TIMEOUT);
        assertThat(verdict.text()).contains("❌ You wrote “the tracing one” — the answer is **AWS X-Ray**");
        // WHEN alice presses "I was right", then presses it again
        Reply right = alice.click(verdict, "I was right").awaitReply(TIMEOUT);
        Reply again = alice.click(verdict, "I was right").awaitReply(TIMEOUT);
        Reply stats = alice.slash("stats", Map.of()).awaitReply(TIMEOUT);
        // THEN it counts as right once, and the quiz (whose second asking it was spared) is done
        assertThat(right.text()).contains("☑️ Counted as right: **AWS X-Ray**").contains("1 of 1 right");
        assertThat(again.ephemeral()).isTrue();
        assertThat(stats.text()).contains("1 of 1 right");
    }

    @Test
    void aFlashCardIsShownThenRated() {
        Reply q = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "cards"))
                .awaitReply(TIMEOUT);
        Reply shown = alice.click(q, "Show answer").awaitReply(TIMEOUT);
        Reply rated = alice.click(shown, "Good").awaitReply(TIMEOUT);
        assertThat(shown.embedText()).contains("AWS X-Ray").contains("How well did you know it?");
        assertThat(rated.text()).contains("✅ Correct").contains("1 of 1 right");
    }

    @Test
    void aQuizGoesOnAfterARestartAndItsOldButtonStillWorks() throws Exception {
        // GIVEN a quiz of two questions
        Reply first = alice.slash("quiz start", Map.of("topic", "aws services", "count", 2L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        // WHEN the bot restarts and alice presses the first question's button
        bot.restart();
        Reply next = alice.click(first, "Skip").awaitReply(TIMEOUT);
        Reply status = alice.slash("quiz status", Map.of()).awaitReply(TIMEOUT);
        // THEN the quiz went on to the second question
        assertThat(next.text()).contains("Skipped");
        assertThat(next.embedText()).contains("Question 2/3"); // the skipped one comes back as question 3
        assertThat(status.text()).contains("question 2 of 3");
    }

    @Test
    void statsComeWithAChartAndTheLeaderboardRanksWithoutPinging() {
        // GIVEN alice answered one question right and bob stopped his quiz
        Reply q = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        alice.click(q, rightLabel(q, "AWS X-Ray")).awaitReply(TIMEOUT);
        bob.slash("quiz start", Map.of("topic", "aws services", "count", 3L)).awaitReply(TIMEOUT);
        Reply stopped = bob.slash("quiz stop", Map.of()).awaitReply(TIMEOUT);
        // WHEN
        Reply stats = alice.slash("stats", Map.of()).awaitReply(TIMEOUT);
        Reply board = bob.slash("leaderboard", Map.of("period", "all")).awaitReply(TIMEOUT);
        // THEN
        assertThat(stopped.text()).contains("stopped after 0 of 3 questions");
        assertThat(stats.text()).contains("1 of 1 right").contains("tracing: 1 of 1");
        assertThat(stats.attachmentNames()).containsExactly("stats.png");
        assertThat(board.text()).contains("1. <@" + alice.id() + ">: 1 right of 1");
    }

    @Test
    void aReviewAsksWhatWasMissed() {
        // GIVEN alice skipped the tracing question (a miss)
        Reply q = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L, "mode", "mc"))
                .awaitReply(TIMEOUT);
        Reply again = alice.click(q, "Skip").awaitReply(TIMEOUT);
        alice.click(again, "Skip").awaitReply(TIMEOUT); // and again when it came back
        // WHEN she and bob ask for reviews
        Reply own = alice.slash("review", Map.of()).awaitReply(TIMEOUT);
        Reply bobs = bob.slash("review", Map.of()).awaitReply(TIMEOUT);
        Reply group = bob.slash("review", Map.of("group", true)).awaitReply(TIMEOUT);
        // THEN
        assertThat(own.embedText()).contains("distributed tracing service");
        assertThat(bobs.ephemeral()).isTrue();
        assertThat(bobs.text()).contains("no question");
        assertThat(group.embedText()).contains("distributed tracing service");
    }

    @Test
    void aTopicIsSuggestedAsYouType() {
        assertThat(alice.autocomplete("quiz start", "topic", "aws")).contains("AWS services");
    }

    @Test
    void aNoteMentioningEveryoneIsQuotedButPingsNobody() {
        // GIVEN the CloudWatch note says "@everyone"
        Reply q = alice.slash("quiz start", Map.of("topic", "cloudwatch", "count", 1L, "mode", "typed"))
                .awaitReply(TIMEOUT);
        Reply verdict = alice.click(q, "Skip").awaitReply(TIMEOUT);
        // THEN the quote carries it as text (and the teardown checks nobody could be pinged)
        assertThat(verdict.text()).contains("@everyone");
    }

    @Test
    void anUnexpectedFailureShowsAReferenceAndNoTrace() throws Exception {
        // GIVEN a button whose stored payload is broken
        errorExpected = true;
        Reply q = alice.slash("quiz start", Map.of("topic", "tracing", "count", 1L))
                .awaitReply(TIMEOUT);
        try (var db = Database.sqlite(root.resolve("data/studybot.db"))) {
            new JdbcComponentStore(db.dataSource())
                    .save("quiz:broken", "not a payload", Instant.now().plusSeconds(600));
        }
        // WHEN alice presses it
        Reply failure = alice.clickId(q.messageId(), "quiz:broken:a0").awaitReply(TIMEOUT);
        // THEN she gets a private apology with a reference, and the log has the details under it
        assertThat(failure.ephemeral()).isTrue();
        assertThat(failure.text()).containsPattern("Something went wrong \\(ref [A-Z0-9]{6}\\)");
        String ref = failure.text().replaceAll(".*\\(ref ([A-Z0-9]{6})\\).*", "$1");
        assertThat(bot.errors.errors()).anySatisfy(e -> assertThat(e).contains(ref));
    }
}
