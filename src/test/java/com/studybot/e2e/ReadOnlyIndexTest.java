package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.Engine;
import com.studybot.adapter.index.LuceneIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running bot holds the index's write lock; the batch CLI must still answer from it. */
final class ReadOnlyIndexTest {
    @TempDir
    Path data;

    @Test
    void theCliAnswersReadOnlyWhileAnotherProcessHoldsTheIndex() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        // GIVEN an index of content/ built once
        var first = ChildProcess.run(project, "", "ask", "--json", "--content", "content", "--data", data.toString());
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        // WHEN this JVM holds it open for writing, as a running bot would, and the CLI is asked
        try (var held = LuceneIndex.open(Engine.indexDir(data, project.resolve("content")))) {
            assertThat(held.readOnly()).isFalse();
            var r = ChildProcess.run(
                    project,
                    "What is AWS Fargate?\n",
                    "ask",
                    "--json",
                    "--content",
                    "content",
                    "--data",
                    data.toString());
            // THEN it answers from the index as it is and says why it did not update it
            assertThat(r.exitCode()).as(r.stderr()).isZero();
            assertThat(r.stdoutLines()).hasSize(1);
            assertThat(r.stdout()).contains("\"grounded\":true").contains("aws/container-services.md");
            assertThat(r.stderr()).contains("read-only");
            // AND an index run says another process holds the index, in one line, instead of "0 chunks"
            var index = ChildProcess.run(project, "", "index", "--content", "content", "--data", data.toString());
            assertThat(index.exitCode()).isEqualTo(2);
            assertThat(index.stderr())
                    .contains("studybot: Another studybot process (a chat, the bot, an index) holds the index of")
                    .doesNotContain("Exception");
        }
    }
}
