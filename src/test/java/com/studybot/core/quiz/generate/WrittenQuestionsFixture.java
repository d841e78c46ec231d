package com.studybot.core.quiz.generate;

import com.studybot.core.common.Hashes;
import com.studybot.core.content.Chunk;
import java.util.List;

/** The AWS Fargate passage of content/aws/container-services.md, and replies to write about it. */
final class WrittenQuestionsFixture {
    static final String FARGATE_TEXT = "**AWS Fargate** is a serverless compute engine for containers: it runs your"
            + " containers without you having to provision, configure or scale any servers or clusters. It works"
            + " with both ECS and EKS.\n\nYou say how much CPU and memory each task or pod needs, and you pay for"
            + " those resources for as long as the task runs, billed per second. Fargate suits teams that want"
            + " containers without looking after the machines underneath them; the trade-off is less control over"
            + " the host and a higher price per unit of compute than well-used EC2 instances.";
    static final Chunk FARGATE = chunk(FARGATE_TEXT);
    static final String GOOD_QUESTION =
            "Which AWS offering runs containers without you provisioning servers or clusters?";

    private WrittenQuestionsFixture() {}

    static Chunk chunk(String text) {
        List<String> headings = List.of("AWS container services", "AWS Fargate");
        return new Chunk(
                "aws/container-services.md#2",
                "aws/container-services.md",
                headings,
                text,
                Hashes.sha256(String.join(" › ", headings) + "\n" + text));
    }

    /** A reply holding the one question given as JSON fields. */
    static String reply(String... questions) {
        return "{\"questions\":[" + String.join(",", questions) + "]}";
    }

    static String question(String question, String options, int answer, String quote) {
        return "{\"question\":\"" + question + "\",\"options\":" + options + ",\"answer\":" + answer + ",\"quote\":\""
                + quote + "\"}";
    }

    static String good() {
        return question(
                GOOD_QUESTION,
                "[\"AWS Lambda\",\"AWS Fargate\",\"AWS Batch\",\"Amazon Lightsail\"]",
                1,
                "it runs your containers without you having to provision, configure or scale any servers or clusters");
    }
}
