package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job without a Discord token: the console chat over the project's own content/. */
final class ConsoleOverContentTest {
    @TempDir
    Path data;

    @Test
    void answersFargateWithACitationAndRefusesBread() throws Exception {
        // GIVEN the starter notes and a piped conversation
        String input =
                "What is AWS Fargate?\nwhat does it work with?\nHow do I bake bread?\n:stats\n:gaps\n:daily aws\n:quit\n";
        // WHEN studybot runs with no arguments but a scratch data folder
        var r = ChildProcess.run(Path.of("").toAbsolutePath(), input, "--data", data.toString());
        // THEN Fargate is answered from the notes with a citation, and bread is refused
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String out = r.stdout();
        assertThat(out).containsPattern("(?i)fargate[^\\n]*(serverless|without)");
        assertThat(out).containsPattern("— aws/[^\\n]*Fargate");
        assertThat(out).contains("I can't find that in your notes.");
        assertThat(out).contains("Answer cache");
        // a follow-up ("what does it work with?", refused on its own) is read with the question before it
        assertThat(out.split("— aws/container-services.md › AWS container services › AWS Fargate", -1))
                .hasSizeGreaterThanOrEqualTo(3);
        // the refusal is a gap to fill, and the daily pick can be previewed
        assertThat(out).contains("Notes to write").contains("How do I bake bread? (asked 1 time)");
        assertThat(out).contains("Today's daily pick:").contains("answer: ");
    }
}
