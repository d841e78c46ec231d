package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch contract, checked on a real child JVM with the real embedding model. */
final class AskJsonContractTest {
    private static final Path SEEDS =
            Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path data;

    private List<JsonNode> json(ChildProcess.Result r) throws Exception {
        var nodes = new java.util.ArrayList<JsonNode>();
        for (String line : r.stdoutLines()) {
            nodes.add(mapper.readTree(line));
        }
        return nodes;
    }

    @Test
    void seedQuestionsInEnglishAndChineseFindTheirPassages() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the project");
        // GIVEN the two seed files and questions about each, one in Chinese
        String questions = "What is a pod in Kubernetes?\n\n什么是 Podman？\nWhat does Docker Swarm do?\n";
        // WHEN they are piped into the batch CLI under a non-UTF-8 locale
        var r = ChildProcess.run(
                Path.of("").toAbsolutePath(),
                questions,
                "ask",
                "--json",
                "--content",
                SEEDS.toString(),
                "--data",
                data.toString(),
                "--top",
                "3");
        // THEN stdout has exactly one JSON line per question, in order, with UTF-8 intact
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<JsonNode> lines = json(r);
        assertThat(lines)
                .extracting(n -> n.get("question").asText())
                .containsExactly("What is a pod in Kubernetes?", "什么是 Podman？", "What does Docker Swarm do?");
        assertThat(lines).allSatisfy(n -> assertThat(n.get("sources")).hasSize(3));
        assertThat(lines)
                .allSatisfy(n -> assertThat(n.get("grounded").asBoolean()).isTrue());
        assertThat(lines.get(0).get("sources").get(0).get("text").asText()).containsIgnoringCase("pod");
        assertThat(lines.get(1).get("sources").get(0).get("text").asText()).containsIgnoringCase("podman");
        assertThat(lines.get(1).get("sources").get(0).get("heading").asText()).contains("Podman");
        assertThat(lines.stream()
                        .flatMap(n -> java.util.stream.StreamSupport.stream(
                                n.get("sources").spliterator(), false))
                        .map(s -> s.get("file").asText()))
                .contains("000_5841f458cb3cc9a7.txt", "001_fcab58250a4987b0.txt");
        assertThat(lines.get(2).get("answer").asText()).containsIgnoringCase("swarm");
    }

    @Test
    void anUnreadableNotesFolderIsOneLineOnStderrAndANonZeroExit() throws Exception {
        var r = ChildProcess.run(
                Path.of("").toAbsolutePath(),
                "What?\n",
                "ask",
                "--json",
                "--content",
                data.resolve("nope").toString(),
                "--data",
                data.toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr().strip().lines()).hasSize(1);
        assertThat(r.stderr()).contains("nope");
    }

    @Test
    void aBadFlagIsRejectedWithoutOutput() throws Exception {
        var r = ChildProcess.run(Path.of("").toAbsolutePath(), "", "ask", "--json", "--top", "zero");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).contains("--top");
    }
}
