package com.studybot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FollowUpsTest {
    private static String after(String previous, String question) {
        return FollowUps.rewrite(question, Optional.of(previous));
    }

    @Test
    void whatAboutTakesThePlaceOfTheSubject() {
        assertThat(after("What is ECS?", "and what about EKS?")).isEqualTo("What is EKS?");
        assertThat(after("How does Kubernetes schedule pods?", "what about Docker Swarm"))
                .isEqualTo("How does Docker Swarm schedule pods?");
        assertThat(after("What is AWS Fargate?", "And App Runner?")).isEqualTo("What is App Runner?");
        assertThat(after("What is a pod?", "and a sidecar?")).isEqualTo("What is a sidecar?");
        assertThat(after("Why is a pod disposable?", "what about a VM?")).isEqualTo("Why is a VM disposable?");
    }

    @Test
    void aPronounStandsForThePreviousSubject() {
        assertThat(after("What is Kubernetes?", "how does it scale?")).isEqualTo("how does Kubernetes scale?");
        assertThat(after("What is a pod?", "what is its lifecycle?")).isEqualTo("what is pod's lifecycle?");
    }

    @Test
    void aQuestionThatStandsOnItsOwnIsLeftAsItIs() {
        assertThat(after("What is ECS?", "What is a container image?")).isEqualTo("What is a container image?");
        assertThat(after("What is ECS?", "Is that the same as Docker?")).isEqualTo("Is that the same as Docker?");
        assertThat(FollowUps.rewrite("and what about EKS?", Optional.empty())).isEqualTo("and what about EKS?");
    }
}
