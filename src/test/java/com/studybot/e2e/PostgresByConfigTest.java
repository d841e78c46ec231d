package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.Models;
import com.studybot.Wiring;
import com.studybot.adapter.persistence.DatabaseUnavailable;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.core.common.Progress;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizEvent;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.core.quiz.state.QuizState;
import com.studybot.testing.MovableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app on PostgreSQL by configuration alone ({@code database.url}): quizzes, answers and their state live
 * there and survive a restart; an unreachable server is one line naming host and port.
 */
final class PostgresByConfigTest {
    @TempDir
    Path root;

    private StudybotConfig config(String url) throws Exception {
        Path content = Files.createDirectories(root.resolve("content"));
        Files.writeString(
                content.resolve("aws.md"),
                "# AWS\n## AWS Fargate\n**AWS Fargate** is a serverless compute engine for containers.\n"
                        + "## AWS Lambda\n**AWS Lambda** is a serverless compute service that runs functions.\n"
                        + "## AWS X-Ray\n**AWS X-Ray** is a distributed tracing service for requests.\n"
                        + "## Amazon S3\n**Amazon S3** is an object storage service for files in buckets.\n",
                StandardCharsets.UTF_8);
        var overrides = new HashMap<>(Map.of(
                "content.dir",
                content.toString(),
                "data.dir",
                root.resolve("data").toString(),
                "database.url",
                url));
        return new ConfigLoader(Map.of(), root).load(Optional.empty(), overrides);
    }

    @Test
    void quizzesAnswersAndTheirStateLiveInPostgresAndSurviveARestart() throws Exception {
        String base = System.getenv("STUDYBOT_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "set STUDYBOT_TEST_PG_URL to run PostgreSQL tests");
        String schema = "cfg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var c = DriverManager.getConnection(base);
                var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        var clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
        var learner = new Learner("alice", "console");
        try {
            StudybotConfig config = config(url);
            var models = Models.load(config);
            try (var wiring = new Wiring(config, models, true, clock)) {
                wiring.sync(Progress.NONE);
                var quiz = wiring.quizzes();
                quiz.start(learner, "", 2, QuizMode.CHOICE);
                int q = quiz.currentQuestion(learner).orElseThrow();
                assertThat(quiz.handle(learner, new QuizEvent.Answer(q, "A")))
                        .hasAtLeastOneElementOfType(Effect.Feedback.class);
            }
            // the answer and the running quiz are in PostgreSQL, in the configured schema
            try (var c = DriverManager.getConnection(url);
                    var st = c.createStatement();
                    var rs = st.executeQuery(
                            "SELECT count(*) FROM " + schema + ".quiz_answer WHERE user_id = 'alice'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            assertThat(root.resolve("data/studybot.db")).doesNotExist();
            try (var wiring = new Wiring(config(url), Models.load(config(url)), true, clock)) {
                assertThat(wiring.quizzes().state(learner)).isInstanceOf(QuizState.Asking.class);
                assertThat(wiring.quizzes().scoreboard("alice").answered()).isEqualTo(1);
            }
        } finally {
            try (var c = DriverManager.getConnection(base);
                    var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void anUnreachableServerIsOneLineNamingHostAndPort() throws Exception {
        StudybotConfig config = config("jdbc:postgresql://127.0.0.1:1/study?password=secret");
        var models = Models.load(config);
        assertThatThrownBy(() -> new Wiring(config, models, true, new MovableClock(Instant.now())))
                .as("the database is opened when the root is built, before any question")
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageStartingWith("Cannot use the database at 127.0.0.1:1/study: Connection refused.")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
