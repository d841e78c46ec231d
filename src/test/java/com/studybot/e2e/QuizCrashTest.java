package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.persistence.Database;
import com.studybot.adapter.persistence.JdbcQuizStateStore;
import com.studybot.core.quiz.state.QuizState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a quiz process with SIGKILL mid-quiz, starts a new one on the same database, and checks that no
 * acknowledged answer was lost and the quiz goes on from where it stood. Set -Dstudybot.crashRuns=20 for
 * the reliability run; the suite runs it three times.
 */
final class QuizCrashTest {
    @TempDir
    Path dir;

    @RepeatedTest(3)
    void noAcknowledgedAnswerIsLostWhenTheProcessIsKilled() throws Exception {
        int runs = Integer.getInteger("studybot.crashRuns", 1);
        var random = new SplittableRandom(runs * 7919L + System.identityHashCode(dir));
        Path db = dir.resolve("studybot.db");
        int committed = 0;
        for (int run = 0; run < runs && committed < QuizCrashChild.QUESTIONS - 20; run++) {
            int kill = committed + 1 + random.nextInt(15);
            // GIVEN a quiz process answering question after question, WHEN it is killed after some acks
            int acked = answerUntilKilled(db, kill);
            // THEN a fresh look at the database has every acknowledged answer (the one in flight may be there too)
            committed = answered(db);
            assertThat(committed).as("answers committed after %d acks", acked).isBetween(acked, acked + 1);
        }
        // AND a new process carries on with the next question
        assertThat(answerUntilKilled(db, committed + 1)).isEqualTo(committed + 1);
    }

    private static int answered(Path db) {
        try (var database = Database.sqlite(db)) {
            QuizState state = new JdbcQuizStateStore(database.dataSource(), Clock.systemUTC())
                    .load("crash")
                    .orElseThrow();
            return state instanceof QuizState.Asking a ? a.quiz().results().size() : QuizCrashChild.QUESTIONS;
        }
    }

    /** Feeds answers until the child has acknowledged {@code killAt} of them in total, then SIGKILLs it. */
    private static int answerUntilKilled(Path db, int killAt) throws Exception {
        var command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                QuizCrashChild.class.getName(),
                db.toString());
        Process child = new ProcessBuilder(new ArrayList<>(command))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int last = 0;
        try (Writer w = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
                var r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            while (last < killAt) {
                w.write("next\n");
                w.flush();
                String line = r.readLine();
                if (line == null) {
                    throw new AssertionError("the quiz process ended early");
                }
                last = Integer.parseInt(line.substring("ack ".length()));
            }
            w.write("next\n"); // one more in flight: killed before or after its commit, either is fine
            w.flush();
            child.destroyForcibly(); // SIGKILL while stdin is still open: no clean shutdown
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        } finally {
            child.destroyForcibly();
        }
        return last;
    }
}
