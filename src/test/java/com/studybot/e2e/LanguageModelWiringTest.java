package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.Wiring;
import com.studybot.adapter.index.HashingEmbedderAccess;
import com.studybot.config.ConfigLoader;
import com.studybot.core.answer.Answer;
import com.studybot.core.common.Progress;
import com.studybot.core.quiz.Learner;
import com.studybot.core.quiz.generate.QuestionWriting;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.testing.StubOllama;
import com.studybot.testing.StubOpenAi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine with a language model configured: used when it answers, left out when it is unreachable. */
final class LanguageModelWiringTest {
    @TempDir
    Path root;

    private static final String ECR = "**Amazon ECR** is the private registry of AWS for container images, where"
            + " ECS, EKS and Lambda pull their images from; it stores them encrypted and scans them on push.";
    private static final String QUESTIONS = "{\"questions\":[{\"question\":\"Which AWS service is the private"
            + " registry for container images?\",\"options\":[\"Amazon S3\",\"Amazon ECR\",\"Docker Hub\","
            + "\"Amazon EFS\"],\"answer\":1,\"quote\":\"the private registry of AWS for container images\"}]}";

    private Wiring wiring(String provider, String baseUrl) throws Exception {
        return wiring(provider, baseUrl, 0);
    }

    private Wiring wiring(String provider, String baseUrl, int quizQuestions) throws Exception {
        Path content = Files.createDirectories(root.resolve("content"));
        Files.writeString(
                content.resolve("aws.md"),
                "# AWS Fargate\nAWS Fargate runs containers without servers to manage.\n## Amazon ECR\n" + ECR + "\n");
        var config = new ConfigLoader(Map.of(), root)
                .load(
                        Optional.empty(),
                        Map.of(
                                "content.dir",
                                content.toString(),
                                "data.dir",
                                root.resolve("data").toString(),
                                "llm.provider",
                                provider,
                                "llm.baseUrl",
                                baseUrl,
                                "llm.model",
                                "stub-model",
                                "llm.budget",
                                "PT5S",
                                "llm.quizQuestions",
                                String.valueOf(quizQuestions)));
        var wiring = new Wiring(config, HashingEmbedderAccess.models(), false);
        wiring.sync(Progress.NONE);
        return wiring;
    }

    @Test
    void aReachableModelWritesTheAnswerAndItIsChecked() throws Exception {
        try (var stub = new StubOpenAi()) {
            stub.reply("OK, Fargate runs containers serverlessly [1].");
            try (var wiring = wiring("openai", stub.baseUrl())) {
                Answer a = wiring.answerer().answer("What is AWS Fargate?", 3);
                assertThat(a)
                        .isInstanceOfSatisfying(
                                Answer.Answered.class, x -> assertThat(x.text()).contains("serverlessly [1]"));
                assertThat(stub.requests()).hasSizeGreaterThanOrEqualTo(2); // the start-up probe and the answer
            }
        }
    }

    @Test
    void anUnreachableModelIsReportedOnceAndAnswersStayExtractive() throws Exception {
        try (var wiring = wiring("openai", "http://127.0.0.1:9/v1")) {
            Answer a = wiring.answerer().answer("What is AWS Fargate?", 3);
            assertThat(a).isInstanceOfSatisfying(Answer.Answered.class, x -> {
                assertThat(x.text()).contains("runs containers without servers");
                assertThat(x.notice()).isEmpty();
            });
        }
    }

    @Test
    void aReachableOllamaWritesTheAnswerWithTheConfiguredModel() throws Exception {
        try (var stub = new StubOllama()) {
            stub.reply("OK, Fargate runs containers serverlessly [1].");
            try (var wiring = wiring("ollama", stub.baseUrl())) {
                Answer a = wiring.answerer().answer("What is AWS Fargate?", 3);
                assertThat(a)
                        .isInstanceOfSatisfying(
                                Answer.Answered.class, x -> assertThat(x.text()).contains("serverlessly [1]"));
                assertThat(stub.requests()).hasSize(2); // the start-up probe and the answer
                var json = new ObjectMapper();
                for (String r : stub.requests()) {
                    assertThat(json.readTree(r).path("model").asText()).isEqualTo("stub-model");
                }
            }
        }
    }

    @Test
    void anUnreachableOllamaIsLeftOutAndAnswersStayExtractive() throws Exception {
        try (var wiring = wiring("ollama", "http://127.0.0.1:9")) {
            Answer a = wiring.answerer().answer("What is AWS Fargate?", 3);
            assertThat(a).isInstanceOfSatisfying(Answer.Answered.class, x -> {
                assertThat(x.text()).contains("runs containers without servers");
                assertThat(x.notice()).isEmpty();
            });
        }
    }

    @Test
    void questionsTheModelWritesAfterASyncAreAskedAndKeptAcrossRestarts() throws Exception {
        try (var stub = new StubOpenAi()) {
            List<String> writes = new CopyOnWriteArrayList<>();
            stub.respond(request -> {
                if (!request.contains("multiple-choice quiz questions")) {
                    return "OK";
                }
                writes.add(request);
                return QUESTIONS;
            });
            // GIVEN the model may write questions for 5 passages per sync
            try (var wiring = wiring("openai", stub.baseUrl(), 5)) {
                // WHEN the background pass the sync started is over
                var pass = wiring.writeQuestions().get(30, TimeUnit.SECONDS);
                // THEN the ECR passage (the Fargate one is too short) got its question, and a quiz asks it
                assertThat(pass).isEqualTo(new QuestionWriting.Pass(1, 1, 0, 0));
                var effects = wiring.quizzes().start(Learner.solo("ann"), "", 10, QuizMode.CHOICE);
                assertThat(wiring.quizzes().state(Learner.solo("ann")).toString())
                        .contains("Which AWS service is the private registry for container images?");
                assertThat(effects).isNotEmpty();
            }
            // WHEN the engine restarts over the same notes and database
            try (var wiring = wiring("openai", stub.baseUrl(), 5)) {
                // THEN the passage is not sent again
                assertThat(wiring.writeQuestions().get(30, TimeUnit.SECONDS))
                        .isEqualTo(new QuestionWriting.Pass(0, 0, 0, 0));
                assertThat(writes).hasSize(1);
            }
        }
    }
}
