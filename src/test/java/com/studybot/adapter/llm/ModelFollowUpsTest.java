package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.core.answer.ModelFollowUps;
import com.studybot.testing.StubOpenAi;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-ups read by the model through the real client against a loopback stub, the heuristic behind it. */
final class ModelFollowUpsTest {
    private final ExecutorService calls = Executors.newCachedThreadPool();
    private StubOpenAi stub;
    private OpenAiLanguageModel model;
    /** Success paths wait for the model: a budget no busy machine reaches (only the lateness test is short). */
    private ModelFollowUps followUps;

    @BeforeEach
    void start() throws Exception {
        stub = new StubOpenAi();
        model = new OpenAiLanguageModel(stub.baseUrl(), "stub-model", "", Duration.ofSeconds(60));
        followUps = new ModelFollowUps(model, Duration.ofSeconds(30), calls);
    }

    @AfterEach
    void stop() {
        stub.close();
        calls.shutdownNow();
    }

    @Test
    void theModelRewritesAFollowUpWithThePreviousQuestion() throws Exception {
        stub.reply("\"What does Amazon EKS manage?\"\n");
        String read = followUps.read("and what about EKS?", Optional.of("What does Amazon ECS manage?"));
        assertThat(read).isEqualTo("What does Amazon EKS manage?");
        String user = new ObjectMapper()
                .readTree(stub.requests().get(0))
                .path("messages")
                .get(1)
                .path("content")
                .asText();
        assertThat(user)
                .isEqualTo("Previous question: What does Amazon ECS manage?\nFollow-up question: and what about EKS?");
    }

    @Test
    void aFailingModelLeavesItToTheHeuristic() {
        stub.fail(500, "{\"error\":{\"message\":\"boom\"}}");
        assertThat(followUps.read("and what about EKS?", Optional.of("What is ECS?")))
                .isEqualTo("What is EKS?");
    }

    @Test
    void aLateModelLeavesItToTheHeuristic() throws Exception {
        stub.reply("What is Amazon EKS?");
        stub.hang();
        var impatient = new ModelFollowUps(model, Duration.ofMillis(300), calls);
        assertThat(impatient.read("and what about EKS?", Optional.of("What is ECS?")))
                .isEqualTo("What is EKS?");
    }

    @Test
    void aReplyThatIsNotOneQuestionIsNotUsed() throws Exception {
        stub.reply("Sure! Here is the rewritten question:\nWhat is Amazon EKS?");
        assertThat(followUps.read("and what about EKS?", Optional.of("What is ECS?")))
                .isEqualTo("What is EKS?");
    }

    @Test
    void noModelIsAskedWithoutAPreviousQuestionOrForALongQuestion() {
        assertThat(followUps.read("and what about EKS?", Optional.empty())).isEqualTo("and what about EKS?");
        String longOne = "How does the Kubernetes scheduler decide on which node a new pod should be placed?";
        assertThat(followUps.read(longOne, Optional.of("What is ECS?"))).isEqualTo(longOne);
        assertThat(stub.requests()).isEmpty();
    }
}
