package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainStartTest {
    @Test
    void aDescriptionOpeningWithACapitalArticleIsShownInLowerCaseAsTheOthers() {
        // the seeds: "An orchestration tool …" was the one capital among "a public online repository …" (rated WEAK)
        assertThat(Choices.plainStart("An orchestration tool for managing deployed multi-containers architectures"))
                .isEqualTo("an orchestration tool for managing deployed multi-containers architectures");
        assertThat(Choices.plainStart("The smallest unit Kubernetes deploys"))
                .isEqualTo("the smallest unit Kubernetes deploys");
        assertThat(Choices.plainStart("A tool and configuration file")).isEqualTo("a tool and configuration file");
    }

    @Test
    void namesAndOtherOpeningsStayAsWritten() {
        assertThat(Choices.plainStart("CLI commands to download containers"))
                .isEqualTo("CLI commands to download containers");
        assertThat(Choices.plainStart("Amazon's managed Kubernetes")).isEqualTo("Amazon's managed Kubernetes");
        assertThat(Choices.plainStart("A/B testing of two models")).isEqualTo("A/B testing of two models");
    }
}
