package com.studybot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConfigLoaderTest {
    @TempDir
    Path dir;

    private StudybotConfig load(Map<String, String> env, Map<String, String> overrides) {
        return new ConfigLoader(env, dir).load(Optional.empty(), overrides);
    }

    private void file(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/studybot.yml"), yaml);
    }

    private ConfigException failure(Runnable r) {
        try {
            r.run();
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException");
    }

    @Test
    void defaultsLoadWithoutAFileAndPathsResolveAgainstTheWorkingDir() {
        StudybotConfig c = load(Map.of(), Map.of());
        assertThat(c.retrieval().topK()).isEqualTo(5);
        assertThat(c.content().dir()).isEqualTo(dir.resolve("content"));
        assertThat(c.cache().answers().ttl()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void metricsAreOffUnlessAPortIsSetAndListenOnThisMachineByDefault() {
        // WHEN
        StudybotConfig defaults = load(Map.of(), Map.of());
        StudybotConfig on = load(Map.of("STUDYBOT_METRICS_PORT", "9400"), Map.of());
        ConfigException bad = failure(() -> load(Map.of(), Map.of("metrics.port", "70000", "metrics.host", " ")));
        // THEN
        assertThat(defaults.metrics()).isEqualTo(StudybotConfig.Metrics.OFF);
        assertThat(defaults.metrics().enabled()).isFalse();
        assertThat(on.metrics()).isEqualTo(new StudybotConfig.Metrics("127.0.0.1", 9400));
        assertThat(on.metrics().enabled()).isTrue();
        assertThat(bad.problems())
                .containsExactlyInAnyOrder(
                        "metrics.port: must be between 0 and 65535, was 70000",
                        "metrics.host: must be a host name or address to listen on (127.0.0.1: this machine only),"
                                + " was empty");
    }

    @Test
    void theDatabaseIsSqliteByDefaultPostgresByUrlAndNothingElse() {
        StudybotConfig sqlite = load(Map.of(), Map.of());
        StudybotConfig pg = load(
                Map.of(
                        "STUDYBOT_DATABASE_URL",
                        "jdbc:postgresql://db.example:5432/study",
                        "STUDYBOT_DATABASE_USER",
                        "bot"),
                Map.of());
        ConfigException other = failure(() -> load(Map.of("STUDYBOT_DATABASE_URL", "jdbc:mysql://db/x"), Map.of()));
        assertThat(sqlite.database().url()).isEmpty();
        assertThat(sqlite.database().postgres()).isFalse();
        assertThat(pg.database())
                .isEqualTo(new StudybotConfig.Database("jdbc:postgresql://db.example:5432/study", "bot", 8));
        assertThat(pg.database().postgres()).isTrue();
        assertThat(other.problems())
                .singleElement()
                .satisfies(p -> assertThat(p).startsWith("database.url: must be empty (SQLite under data.dir) or"));
    }

    @Test
    void aGitUrlPutsTheNotesInItsCloneAndABadOneIsNamedWithoutItsCredentials() {
        StudybotConfig git =
                load(Map.of("STUDYBOT_CONTENT_GIT_URL", "https://git.example.org/class/notes.git"), Map.of());
        ConfigException bad = failure(() ->
                load(Map.of("STUDYBOT_CONTENT_GIT_URL", "htps://teacher:hunter2@git.example.org/notes"), Map.of()));
        assertThat(git.content().git().enabled()).isTrue();
        assertThat(git.content().dir())
                .isEqualTo(GitCheckout.dir(git.data().dir(), "https://git.example.org/class/notes.git"));
        assertThat(bad.problems())
                .singleElement()
                .asString()
                .startsWith("content.git.url: must be an https://")
                .contains("htps://***@git.example.org/notes")
                .doesNotContain("hunter2");
        assertThat(failure(() -> load(Map.of(), Map.of("content.git.url", "git@github.com:class/notes.git")))
                        .problems())
                .singleElement()
                .asString()
                .contains("ssh is not supported");
    }

    @Test
    void notesAreWatchedByDefaultAndTheRescanIsOffUnlessGivenAPeriod() {
        StudybotConfig defaults = load(Map.of(), Map.of());
        assertThat(defaults.content().watch()).isTrue();
        assertThat(defaults.content().rescan()).isEmpty();
        assertThat(defaults.content().git().enabled()).isFalse();
        assertThat(defaults.content().git().every()).isEqualTo(java.time.Duration.ofMinutes(10));
        StudybotConfig network = load(Map.of(), Map.of("content.watch", "false", "content.rescan", "PT5M"));
        assertThat(network.content().watch()).isFalse();
        assertThat(network.content().rescan()).contains(java.time.Duration.ofMinutes(5));
        assertThat(failure(() -> load(Map.of(), Map.of("content.rescan", "often")))
                        .problems())
                .singleElement()
                .asString()
                .startsWith("content.rescan: must be an ISO-8601 duration");
    }

    @Test
    void fileThenEnvironmentThenFlagsEachWin() throws IOException {
        file("retrieval:\n  topK: 7\n  rrfK: 30\nanswer:\n  maxSentences: 2\n");
        var env = Map.of("STUDYBOT_RETRIEVAL_TOP_K", "9", "STUDYBOT_ANSWER_MAX_SENTENCES", "4");
        StudybotConfig c = load(env, Map.of("answer.maxSentences", "5"));
        assertThat(c.retrieval().rrfK()).isEqualTo(30);
        assertThat(c.retrieval().topK()).isEqualTo(9);
        assertThat(c.answer().maxSentences()).isEqualTo(5);
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        file("retrieval:\n  topk: 3\n  rrfK: 0\nanswer:\n  maxSentences: lots\ncache:\n  answers:\n    ttl: 1 hour\n");
        ConfigException e = failure(() -> load(Map.of(), Map.of()));
        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems())
                .anySatisfy(p ->
                        assertThat(p).contains("unknown key retrieval.topk").contains("did you mean retrieval.topK?"));
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("retrieval.rrfK").contains("was 0"));
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).contains("answer.maxSentences").contains("lots"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("cache.answers.ttl"));
    }

    @Test
    void aFileSizeLimitBeyond256MiBIsRefused() {
        // a note is read whole: a limit near Long.MAX_VALUE let a 3 GiB file end the run with OutOfMemoryError
        ConfigException e = failure(() -> load(Map.of(), Map.of("content.maxFileBytes", "3000000000")));
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p)
                        .contains("content.maxFileBytes")
                        .contains(Long.toString(StudybotConfig.Content.MAX_FILE_BYTES))
                        .contains("3000000000"));
        assertThat(load(Map.of(), Map.of("content.maxFileBytes", "268435456"))
                        .content()
                        .maxFileBytes())
                .isEqualTo(268435456L);
    }

    @Test
    void anUnknownLanguageModelProviderNamesTheAllowedOnes() {
        ConfigException e = failure(() -> load(Map.of(), Map.of("llm.provider", "llamacpp")));
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p)
                        .startsWith("llm.provider: must be one of none, openai, ollama")
                        .contains("was \"llamacpp\""));
    }

    @Test
    void ollamaIsAProviderAndNeedsABaseUrlAndAModel() {
        var llm = load(
                        Map.of(),
                        Map.of(
                                "llm.provider",
                                "ollama",
                                "llm.baseUrl",
                                "http://localhost:11434",
                                "llm.model",
                                "llama3.1"))
                .llm();
        assertThat(llm.provider()).isEqualTo("ollama");
        assertThat(llm.enabled()).isTrue();
        ConfigException e = failure(() -> load(Map.of(), Map.of("llm.provider", "ollama")));
        assertThat(e.problems()).contains("llm: provider ollama needs llm.baseUrl and llm.model");
    }

    @Test
    void crossFieldRulesAreChecked() {
        ConfigException e = failure(() ->
                load(Map.of(), Map.of("chunking.maxWords", "50", "retrieval.candidates", "2", "retrieval.topK", "5")));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("chunking.maxWords"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("retrieval.candidates"));
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() throws IOException {
        file("retrieval:\n  topK: 5\n   bad: [\n");
        ConfigException e = failure(() -> load(Map.of(), Map.of()));
        assertThat(e.problems().get(0)).contains("studybot.yml").contains("line");
    }

    @Test
    void aMissingExplicitFileIsAnError() {
        ConfigException e =
                failure(() -> new ConfigLoader(Map.of(), dir).load(Optional.of(Path.of("nope.yml")), Map.of()));
        assertThat(e.problems().get(0)).contains("nope.yml").contains("does not exist");
    }

    @Test
    void anUnknownFlagKeyIsAnErrorButForeignEnvironmentVariablesAreNot() {
        StudybotConfig c = load(Map.of("STUDYBOT_TEST_PG_URL", "jdbc:postgresql://x"), Map.of());
        assertThat(c).isNotNull();
        assertThatThrownBy(() -> load(Map.of(), Map.of("retrieval.topKK", "3")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key retrieval.topKK");
    }

    @Test
    void theProjectConfigFileLoadsCleanly() {
        Path project = Path.of("").toAbsolutePath();
        StudybotConfig c = new ConfigLoader(Map.of(), project).load(Optional.empty(), Map.of());
        assertThat(c.content().dir()).isEqualTo(project.resolve("content"));
    }

    @Test
    void secretsNeverShowInToString() {
        Secrets s = Secrets.fromEnvironment(Map.of("DISCORD_TOKEN", "abc.def.ghi"));
        assertThat(s.discordToken()).contains("abc.def.ghi");
        assertThat(s.toString()).doesNotContain("abc.def.ghi");
    }

    @Test
    void environmentNamesFollowTheKeyPath() {
        assertThat(ConfigTree.envName("retrieval.topK")).isEqualTo("STUDYBOT_RETRIEVAL_TOP_K");
        assertThat(ConfigTree.envName("content.maxFileBytes")).isEqualTo("STUDYBOT_CONTENT_MAX_FILE_BYTES");
    }
}
