package com.studybot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.Wiring;
import com.studybot.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The retrieval quality bar on the dev set (runs where ../shared is beside the project, as in CI). */
final class DevSetTest {
    private static final Path SHARED = Path.of("..", "shared");

    @Test
    void recallRefusalAndAnsweredRatesMeetTheBar() {
        assumeTrue(Files.isDirectory(SHARED.resolve("testdata")), "../shared is not beside the project");
        // GIVEN the dev set and its corpora, indexed under target/ (embeddings reused between runs)
        var loader = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath());
        String data = "target/devset-data";
        var base = loader.load(Optional.empty(), Map.of("data.dir", data));
        var runner = new DevSetRunner(
                root -> loader.load(Optional.empty(), Map.of("content.dir", root.toString(), "data.dir", data)),
                Wiring.Models.load(base));
        // WHEN every question is asked
        EvalReport report = runner.run(
                DevSet.load(Path.of("src/test/resources/devset/devset.jsonl")),
                Corpora.roots(SHARED, Path.of("content")),
                5);
        System.out.println(report.line("dev set"));
        // THEN recall@5, refusal and answered rates meet the bar
        assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(report.recallAt(5)).as("recall@5").isGreaterThanOrEqualTo(0.9);
        assertThat(report.refusalRate()).as("refusal rate").isGreaterThanOrEqualTo(0.8);
        assertThat(report.answeredRate()).as("answered rate").isGreaterThanOrEqualTo(0.9);
    }
}
