package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.testing.StubOpenAi;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A streamed reply through the real LangChain4j OpenAI client against a loopback stub of the API. */
@Timeout(60)
final class OpenAiStreamingTest {
    private final StubOpenAi stub;
    private final OpenAiLanguageModel model;
    private final List<String> pieces = new CopyOnWriteArrayList<>();

    OpenAiStreamingTest() throws Exception {
        stub = new StubOpenAi();
        model = new OpenAiLanguageModel(stub.baseUrl(), "stub-model", "", Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void piecesArriveInOrderAndTheReplyIsTheirConcatenation() throws Exception {
        // GIVEN
        stub.stream(List.of("Fargate ", "runs containers", " without servers [1]."));
        // WHEN
        String reply = model.stream("Be brief.", "What is Fargate?", pieces::add);
        // THEN
        assertThat(pieces).containsExactly("Fargate ", "runs containers", " without servers [1].");
        assertThat(reply).isEqualTo("Fargate runs containers without servers [1].");
        var request = new ObjectMapper().readTree(stub.requests().get(0));
        assertThat(request.path("stream").asBoolean()).isTrue();
        assertThat(request.path("model").asText()).isEqualTo("stub-model");
        assertThat(request.path("messages").get(0).path("content").asText()).isEqualTo("Be brief.");
        assertThat(request.path("messages").get(1).path("content").asText()).isEqualTo("What is Fargate?");
    }

    @Test
    void aStreamedServerErrorIsAnException() {
        // GIVEN
        stub.fail(500, "{\"error\":{\"message\":\"boom\"}}");
        // WHEN / THEN
        assertThatThrownBy(() -> model.stream("Be brief.", "What is Fargate?", pieces::add))
                .isInstanceOf(RuntimeException.class);
        assertThat(pieces).isEmpty();
    }

    @Test
    void aMalformedStreamIsAnException() {
        // GIVEN
        stub.streamRaw("data: {\"choices\":[{\"delta\":{\"content\":\"Far\n\ndata: [DONE]\n\n");
        // WHEN / THEN
        assertThatThrownBy(() -> model.stream("Be brief.", "What is Fargate?", pieces::add))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void interruptingTheWaitingThreadEndsTheWait() throws Exception {
        // GIVEN a server that never answers
        stub.stream(List.of("too late"));
        stub.hang();
        var outcome = new CompletableFuture<Throwable>();
        Thread caller = new Thread(() -> {
            try {
                model.stream("Be brief.", "What is Fargate?", pieces::add);
                outcome.complete(null);
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        });
        caller.start();
        awaitRequest();
        // WHEN the caller's budget runs out and it is cancelled
        caller.interrupt();
        // THEN it stops waiting (well before the server or the client's 10 s time-out would end it)
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(pieces).isEmpty();
    }

    private void awaitRequest() throws InterruptedException {
        if (!stub.awaitRequests(1, Duration.ofSeconds(30))) {
            throw new AssertionError("the model sent no request");
        }
    }
}
