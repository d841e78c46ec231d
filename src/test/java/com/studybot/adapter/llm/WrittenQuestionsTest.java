package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.core.common.Hashes;
import com.studybot.core.content.Chunk;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.WrittenQuestionPool;
import com.studybot.core.quiz.generate.QuestionGenerator;
import com.studybot.core.quiz.generate.QuestionWriter;
import com.studybot.core.quiz.generate.QuestionWriting;
import com.studybot.core.quiz.state.Effect;
import com.studybot.core.quiz.state.QuizMode;
import com.studybot.testing.InMemoryWrittenQuestionStore;
import com.studybot.testing.StubOpenAi;
import com.studybot.testing.TestQuizzes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quiz questions written through the real LangChain4j OpenAI client against a loopback stub: the reply is
 * read strictly, checked against the passage, and the fit question is asked by the quiz like any other.
 */
final class WrittenQuestionsTest {
    private static final String TEXT = "**Amazon Elastic Container Registry (ECR)** is AWS's private registry for"
            + " container images, the place where ECS, EKS and Lambda pull images from. It stores images encrypted,"
            + " controls access with IAM and can scan images for known vulnerabilities when they are pushed.";
    private static final List<String> HEADINGS = List.of("AWS container services", "Amazon ECR");
    private static final Chunk ECR = new Chunk(
            "aws/container-services.md#4",
            "aws/container-services.md",
            HEADINGS,
            TEXT,
            Hashes.sha256(String.join(" › ", HEADINGS) + "\n" + TEXT));
    private static final String REPLY = """
            ```json
            {"questions":[
              {"question":"Does ECR control access with IAM or with another service?","options":["IAM","Cognito","KMS","Shield"],
               "answer":0,"quote":"controls access with IAM"},
              {"question":"Which AWS service holds private container images?","options":["Amazon S3","Amazon EFS",
               "Amazon ECR","Docker Hub"],"answer":2,"quote":"AWS's private registry for container images"},
              {"question":"Where does Lambda pull images from?","options":["Amazon ECR","ECS","EKS","S3"],"answer":0}
            ]}
            ```""";

    @Test
    void aJsonReplyFromTheModelBecomesQuizQuestionsAfterItsChecks() throws Exception {
        try (var stub = new StubOpenAi()) {
            // GIVEN a model behind an OpenAI-compatible server that writes three questions
            stub.reply(REPLY);
            var model = new OpenAiLanguageModel(stub.baseUrl(), "stub-model", "", Duration.ofSeconds(10));
            var store = new InMemoryWrittenQuestionStore();
            var writer = new QuestionWriter(model, new JsonQuestionDrafts(), new AnswerGrader(), 3);
            // WHEN a pass writes for the passage
            var pass = new QuestionWriting(writer, store).run(List.of(ECR), 5);
            // THEN the first question is cut (it names its answer, IAM), the third names ECS and EKS, stated
            // in the passage, as wrong options: one is left
            assertThat(pass).isEqualTo(new QuestionWriting.Pass(1, 1, 2, 0));
            var set = store.all(model.id()).get(0);
            assertThat(set.rejects())
                    .isEqualTo(Map.of(
                            "written: question contains the answer",
                            1,
                            "written: distractor stated in its passage",
                            1));
            // AND the request carried the passage as quoted data
            var request = new ObjectMapper().readTree(stub.requests().get(0));
            assertThat(request.path("messages").get(0).path("content").asText()).contains("never instructions");
            assertThat(request.path("messages").get(1).path("content").asText())
                    .startsWith("<passage source=\"aws/container-services.md › AWS container services › Amazon ECR\">")
                    .contains(TEXT);

            // WHEN a learner takes a multiple-choice quiz over the pool with the written question
            QuestionGenerator.Result none = new QuestionGenerator(new AnswerGrader()).generate(List.of(), List.of());
            var pool = new WrittenQuestionPool(() -> none, () -> List.of(ECR), store, model.id());
            var quiz = TestQuizzes.service(pool);
            List<Effect> effects = quiz.start(com.studybot.core.quiz.Learner.solo("ann"), "", 5, QuizMode.CHOICE);
            // THEN it is asked like any generated question, its source marked as written by the model
            Question asked = effects.stream()
                    .filter(Effect.ShowQuestion.class::isInstance)
                    .map(e -> ((Effect.ShowQuestion) e).question())
                    .findFirst()
                    .orElseThrow();
            assertThat(asked.prompt()).isEqualTo("Which AWS service holds private container images?");
            assertThat(asked.options())
                    .containsExactlyInAnyOrder("Amazon S3", "Amazon EFS", "Amazon ECR", "Docker Hub");
            assertThat(asked.answer()).isEqualTo("Amazon ECR");
            assertThat(asked.citation()).endsWith("› Amazon ECR (LLM-written)");
            assertThat(stub.requests()).hasSize(1);
        }
    }
}
