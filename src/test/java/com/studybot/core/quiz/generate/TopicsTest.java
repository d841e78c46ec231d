package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {
    @Test
    void aHeadingThatIsTheFirstWordsOfTheAnswerIsNotShown() {
        // the seeds: "Docker" above "_____ is a tool and configuration file …" → Docker Compose (rated WEAK)
        assertThat(Topics.context("000_5841f458cb3cc9a7.txt", List.of("Docker"), "Docker Compose"))
                .isEqualTo("000_5841f458cb3cc9a7.txt");
        assertThat(Topics.context("notes.md", List.of("Containers", "Docker"), "Docker Hub"))
                .isEqualTo("notes.md › Containers");
    }

    @Test
    void aVendorsNameAndAnUnrelatedHeadingStay() {
        assertThat(Topics.context("aws/containers.md", List.of("AWS"), "AWS Fargate"))
                .isEqualTo("aws/containers.md › AWS");
        assertThat(Topics.context("notes.md", List.of("Orchestration"), "Docker Swarm"))
                .isEqualTo("notes.md › Orchestration");
        assertThat(Topics.opens("Docker", "Docker"))
                .as("the whole answer is another check's")
                .isFalse();
    }

    @Test
    void anOptionsCommandIsShownWhateverTheOptionsLongName() {
        // the Linux cheat sheet: "-R / --random-sort" under "sort" showed no command at all (rated WEAK)
        assertThat(Topics.context("linux-cheatsheet.pdf", List.of("sort"), "-R / --random-sort"))
                .isEqualTo("linux-cheatsheet.pdf › sort");
        assertThat(Topics.context("linux-cheatsheet.pdf", List.of("sort", "-R"), "-R / --random-sort"))
                .isEqualTo("linux-cheatsheet.pdf › sort");
    }

    @Test
    void aFolderThatSpellsTheAnswerIsHiddenLikeTheFilesName() {
        // deeplearning-ai-notes: "1- Neural Networks and Deep Learning/Readme.md" above "What does CNN stand for?"
        // (rated WEAK: the path spells most of the answer)
        assertThat(Topics.context(
                        "1- Neural Networks and Deep Learning/Readme.md",
                        List.of("Introduction to deep learning"),
                        "Convolutional neural network"))
                .isEqualTo("…/Readme.md › Introduction to deep learning");
        assertThat(Topics.context("sections/ec2.md", List.of("EC2"), "Spot Instances"))
                .isEqualTo("sections/ec2.md › EC2");
    }

    @Test
    void aHeadingThatNamesAnyOptionOfATableQuestionIsNotShown() {
        // clf-c02-notes: a comparison of AppStream 2.0 and WorkSpaces under the heading "Amazon AppStream 2.0", asked
        // for WorkSpaces (rated WEAK: the heading names the wrong option)
        assertThat(Topics.context(
                        "sections/other_aws_services.md",
                        List.of("Other AWS Services", "Amazon AppStream 2.0"),
                        List.of("Amazon AppStream 2.0", "WorkSpaces")))
                .isEqualTo("sections/other_aws_services.md › Other AWS Services");
        assertThat(Topics.context(
                        "sections/global_infrastructure.md",
                        List.of("Global Infrastructure", "AWS CloudFront", "CloudFront vs S3 Cross Region Replication"),
                        List.of("CloudFront", "S3 Cross Region Replication")))
                .isEqualTo("sections/global_infrastructure.md › Global Infrastructure");
    }

    @Test
    void aHeadingThatNamesAnotherThingDefinedInItsSectionIsNotShown() {
        // pdf-cheatsheets, linux-cheatsheet.pdf: the list item "fg: Bring minimized program back …" read as a
        // heading above "TAB: Auto complete command or path." (rated WEAK: the heading names the wrong thing)
        assertThat(Topics.withoutSiblings(List.of("fg"), List.of("fg", "TAB", "Crtl + R"), "TAB"))
                .isEmpty();
        assertThat(Topics.withoutSiblings(List.of("Shell", "fg"), List.of("fg", "TAB"), "fg"))
                .containsExactly("Shell", "fg");
        assertThat(Topics.withoutSiblings(
                        List.of("cat"), List.of("cat", "-s / --squeeze-blank"), "-s / --squeeze-blank"))
                .containsExactly("cat");
    }
}
