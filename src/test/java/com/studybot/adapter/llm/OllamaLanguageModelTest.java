package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.testing.StubOllama;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real LangChain4j Ollama client (1.18.1, running on the 1.19.0 core and HTTP client) against a
 * loopback stub of Ollama's native API.
 */
@Timeout(60)
final class OllamaLanguageModelTest {
    private final StubOllama stub;
    private final OllamaLanguageModel model;
    private final List<String> pieces = new CopyOnWriteArrayList<>();

    OllamaLanguageModelTest() throws Exception {
        stub = new StubOllama();
        model = new OllamaLanguageModel(stub.baseUrl(), "llama3.1", Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private JsonNode request(int n) throws Exception {
        return new ObjectMapper().readTree(stub.requests().get(n));
    }

    @Test
    void aReplyIsTheMessageContent() throws Exception {
        // GIVEN
        stub.reply("Fargate runs containers without servers [1].");
        // WHEN
        String reply = model.complete("Answer from the passages.", "Question: What is Fargate?");
        // THEN
        assertThat(reply).isEqualTo("Fargate runs containers without servers [1].");
        assertThat(model.id()).isEqualTo("llama3.1@" + stub.baseUrl());
    }

    @Test
    void theRequestCarriesTheInstructionsThePromptAndTheConfiguredModel() throws Exception {
        // GIVEN
        stub.reply("OK");
        // WHEN
        model.complete("Answer from the passages.", "Question: What is Fargate?");
        // THEN
        JsonNode request = request(0);
        assertThat(request.path("model").asText()).isEqualTo("llama3.1");
        assertThat(request.path("stream").asBoolean(true)).isFalse();
        assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(request.path("messages").get(0).path("content").asText()).isEqualTo("Answer from the passages.");
        assertThat(request.path("messages").get(1).path("role").asText()).isEqualTo("user");
        assertThat(request.path("messages").get(1).path("content").asText()).isEqualTo("Question: What is Fargate?");
        assertThat(request.path("options").path("temperature").asDouble(-1)).isZero();
    }

    @Test
    void streamedPiecesArriveInOrderAndTheReplyIsTheirConcatenation() throws Exception {
        // GIVEN
        stub.stream(List.of("Fargate ", "runs containers", " without servers [1]."));
        // WHEN
        String reply = model.stream("Answer from the passages.", "Question: What is Fargate?", pieces::add);
        // THEN
        assertThat(pieces).containsExactly("Fargate ", "runs containers", " without servers [1].");
        assertThat(reply).isEqualTo("Fargate runs containers without servers [1].");
        JsonNode request = request(0);
        assertThat(request.path("stream").asBoolean()).isTrue();
        assertThat(request.path("model").asText()).isEqualTo("llama3.1");
        assertThat(request.path("messages").get(0).path("content").asText()).isEqualTo("Answer from the passages.");
    }

    @Test
    void aServerErrorIsAnException() {
        stub.fail(500, "{\"error\":\"model 'llama3.1' not found\"}");
        assertThatThrownBy(() -> model.complete("Answer.", "Question?")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aStreamedServerErrorIsAnException() {
        stub.fail(500, "{\"error\":\"boom\"}");
        assertThatThrownBy(() -> model.stream("Answer.", "Question?", pieces::add))
                .isInstanceOf(RuntimeException.class);
        assertThat(pieces).isEmpty();
    }

    @Test
    void malformedJsonIsAnException() {
        stub.fail(200, "{not json");
        assertThatThrownBy(() -> model.complete("Answer.", "Question?")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aMalformedStreamIsAnExceptionAtTheTimeOut() {
        // GIVEN a line that can't be parsed (LangChain4j's Ollama client skips it and never ends the reply)
        stub.fail(200, "{\"message\":{\"role\":\"assistant\",\"content\":\"Far\n");
        var quick = new OllamaLanguageModel(stub.baseUrl(), "llama3.1", Duration.ofMillis(300));
        // WHEN / THEN
        assertThatThrownBy(() -> quick.stream("Answer.", "Question?", pieces::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not end within 300 ms");
    }
}
