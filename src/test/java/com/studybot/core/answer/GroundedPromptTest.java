package com.studybot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

final class GroundedPromptTest {
    private static final List<Passage> PASSAGES = List.of(
            passage("AWS Fargate", "AWS Fargate runs containers without servers; you pay per task."),
            passage("Amazon ECS", "Amazon ECS schedules containers on a cluster of EC2 instances or on Fargate."),
            passage("Docker", "Docker 构建镜像，镜像是容器的模板。"));

    private static Passage passage(String heading, String text) {
        return new Passage(new Chunk("n#" + heading, "n.md", List.of(heading), text, "h"), 1.0, new Evidence(0.8, 1));
    }

    @Test
    void aParaphraseOfTheCitedPassageIsSupported() {
        assertThat(GroundedPrompt.unsupported(
                        "Fargate runs your containers with no servers to manage [1]. ECS places them on a cluster. [2]",
                        PASSAGES))
                .isEmpty();
        assertThat(GroundedPrompt.unsupported("镜像是容器的模板[3]。", PASSAGES)).isEmpty();
    }

    @Test
    void knowledgeFromElsewhereHungOnACitationIsNot() {
        assertThat(GroundedPrompt.unsupported(
                        "ECS schedules containers [2]. Mix flour, salt, yeast and water, knead, then bake at 220 °C [1].",
                        PASSAGES))
                .contains("Mix flour, salt, yeast and water, knead, then bake at 220 °C [1].");
        assertThat(GroundedPrompt.unsupported("Kubernetes 使用 etcd 保存集群状态[3]。", PASSAGES))
                .isPresent();
    }

    @Test
    void theSentenceIsJudgedByTheCitationsItCarries() {
        // true of passage 2, but cited to passage 1
        assertThat(GroundedPrompt.unsupported("ECS schedules containers on EC2 instances [1].", PASSAGES))
                .isPresent();
        assertThat(GroundedPrompt.unsupported("ECS schedules containers on EC2 instances [2].", PASSAGES))
                .isEmpty();
        // a short sentence is not judged
        assertThat(GroundedPrompt.unsupported("Yes, Fargate [2].", PASSAGES)).isEmpty();
    }

    @Test
    void aSentenceInAnotherScriptThanItsPassageIsNotJudged() {
        // an English answer from Chinese notes shares no terms with them, right or wrong
        assertThat(GroundedPrompt.unsupported("An image is the template of a container [3].", PASSAGES))
                .isEmpty();
    }
}
