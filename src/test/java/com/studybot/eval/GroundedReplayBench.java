package com.studybot.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.Models;
import com.studybot.Wiring;
import com.studybot.config.ConfigLoader;
import com.studybot.core.common.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The grounded-answer replay bench, not a test: every dev-set question is answered extractively and by the
 * grounded answerer through the real OpenAI client against the loopback stub, which replays the scripted
 * reply for that question (devset/replay/model-replies.jsonl: scripted, not recorded). Prints reply kind ×
 * outcome, accuracy extractive / unchecked / grounded, and latency after a warm-up pass, over N timed
 * passes. Runs only when asked, alone, with ../shared beside the project:
 * {@code mvn -o -B test -Dtest=GroundedReplayBench -Dstudybot.replayBench=3}.
 *
 * <p>The JDK HTTP server behind the stub writes a reply's headers and body separately; without TCP_NODELAY
 * each call then waits about 40 ms for a delayed ACK, a stub artefact that model servers (which set it) do
 * not have. The bench asks for it before the stub starts (add {@code -Dsun.net.httpserver.nodelay=false} to
 * see the difference); the JDK reads it once, so run the bench in a JVM of its own, as above.
 */
final class GroundedReplayBench {
    private static final Path SHARED = Path.of("..", "shared");
    private static final String DATA = "target/devset-data"; // the dev-set test's indexes, reused

    @Test
    void replay() throws Exception {
        int passes = Integer.getInteger("studybot.replayBench", 0);
        assumeTrue(passes > 0, "set -Dstudybot.replayBench=N (timed passes) to run the replay bench");
        assumeTrue(Files.isDirectory(SHARED.resolve("testdata")), "../shared is not beside the project");
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        var loader = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath());
        var base = loader.load(Optional.empty(), Map.of("data.dir", DATA));
        var models = Models.load(base);
        List<DevSetQuestion> questions = DevSet.load(Path.of("src/test/resources/devset/devset.jsonl"));
        var replies = new ScriptedReplies(
                questions, ScriptedReplies.load(Path.of("src/test/resources/devset/replay/model-replies.jsonl")));
        Map<String, Path> roots = Corpora.roots(SHARED, Path.of("content"));
        Map<String, List<DevSetQuestion>> byCorpus =
                questions.stream().collect(Collectors.groupingBy(DevSetQuestion::corpus));
        var cases = new ArrayList<ReplayCase>();
        var timed = new ArrayList<ReplayCase>();
        try (var replay = new GroundedReplay(replies, base.llm().budget())) {
            for (var e : byCorpus.entrySet()) {
                Path root = roots.get(e.getKey());
                assumeTrue(Files.isDirectory(root), "dev-set corpus " + e.getKey() + " is missing: " + root);
                var config = loader.load(Optional.empty(), Map.of("content.dir", root.toString(), "data.dir", DATA));
                try (var wiring = new Wiring(config, models, false)) { // no llm configured: the extractive answerer
                    wiring.sync(Progress.NONE);
                    int topK = config.retrieval().topK();
                    for (DevSetQuestion q : e.getValue()) {
                        cases.add(replay.replay(wiring.answerer(), q, topK)); // also the warm-up
                    }
                    for (int i = 0; i < passes; i++) {
                        for (DevSetQuestion q : e.getValue()) {
                            timed.add(replay.replay(wiring.answerer(), q, topK));
                        }
                    }
                }
            }
            var report = new ReplayReport(cases, timed, base.llm().budget());
            System.out.print("\n" + ReplayReport.legend() + report.table() + report.latency());
            System.out.println("model calls answered by the stub: " + replay.modelCalls() + "; stub TCP_NODELAY "
                    + System.getProperty("sun.net.httpserver.nodelay"));
            assertThat(report.count(c -> c.fate() == ReplayCase.Fate.OTHER))
                    .as("answers the replay cannot classify")
                    .isZero();
        }
    }
}
