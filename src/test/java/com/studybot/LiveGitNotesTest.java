package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.adapter.content.git.TeacherLaptop;
import com.studybot.adapter.index.HashingEmbedderAccess;
import com.studybot.config.ConfigLoader;
import com.studybot.config.StudybotConfig;
import com.studybot.core.answer.Answer;
import com.studybot.core.common.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine following a Git repository (a real bare repository on disk, the teacher pushing to it): the first
 * start clones it, and each push is answered after the next fetch, without the folder watcher.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against a hang, not a budget
final class LiveGitNotesTest {
    @TempDir
    Path dir;

    @Test
    void eachPushIsAnsweredAfterTheNextFetch() throws Exception {
        Path remote = TeacherLaptop.bareRemote(dir.resolve("remote.git"), "main");
        try (var teacher = TeacherLaptop.fresh(dir.resolve("laptop"), remote, "main")) {
            teacher.write("cells.md", "# Cells\n\nThe mitochondrion is the powerhouse of the cell.\n")
                    .commitAndPush("first notes");
            StudybotConfig config = new ConfigLoader(Map.of(), dir)
                    .load(
                            Optional.empty(),
                            Map.of(
                                    "data.dir",
                                    dir.resolve("data").toString(),
                                    "content.git.url",
                                    remote.toString(),
                                    "content.git.every",
                                    "PT0.05S",
                                    "content.watch",
                                    "false"));
            LiveNotes.prepare(config.content()); // the first start clones
            assertThat(config.content().dir()).startsWith(dir.resolve("data/git"));
            assertThat(Files.readString(config.content().dir().resolve("cells.md")))
                    .contains("powerhouse");
            var updates = new LinkedBlockingQueue<String>();
            try (var wiring = new Wiring(config, HashingEmbedderAccess.models(), false)) {
                wiring.sync(Progress.NONE);
                try (var live = LiveNotes.start(wiring, Clock.systemUTC(), updates::add)) {
                    teacher.write("ribosomes.md", "# Ribosomes\n\nThe ribosome makes proteins from amino acids.\n")
                            .commitAndPush("ribosomes");
                    assertThat(updates.take()).contains("1 new");
                    assertThat(answer(wiring, "What does the ribosome make?")).contains("proteins from amino acids");
                    teacher.delete("cells.md").commitAndPush("cells moved out");
                    assertThat(updates.take()).contains("1 removed");
                    assertThat(answer(wiring, "What is the powerhouse of the cell?"))
                            .doesNotContain("powerhouse");
                }
            }
        }
    }

    private static String answer(Wiring wiring, String question) {
        Answer a = wiring.answerer().answer(question, 5);
        return a instanceof Answer.Answered answered ? answered.text() : "";
    }
}
