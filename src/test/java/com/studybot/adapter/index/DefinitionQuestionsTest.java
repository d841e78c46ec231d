package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which questions ask what one thing is (the retriever then prefers the section that thing heads). */
final class DefinitionQuestionsTest {
    @Test
    void onlyAQuestionAskingWhatOneThingIsCounts() {
        assertThat(LuceneHybridRetriever.asksWhatItIs("What is ECS?")).isTrue();
        assertThat(LuceneHybridRetriever.asksWhatItIs("what are sidecar containers"))
                .isTrue();
        assertThat(LuceneHybridRetriever.asksWhatItIs("Define a pod.")).isTrue();
        assertThat(LuceneHybridRetriever.asksWhatItIs("Docker 镜像是什么？")).isTrue();
        assertThat(LuceneHybridRetriever.asksWhatItIs("What are the downsides of microservices?"))
                .isFalse();
        assertThat(LuceneHybridRetriever.asksWhatItIs("What is the difference between ECS and EKS?"))
                .isFalse();
        assertThat(LuceneHybridRetriever.asksWhatItIs("How does Fargate charge me?"))
                .isFalse();
    }
}
