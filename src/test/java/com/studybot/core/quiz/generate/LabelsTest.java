package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headings, labels and references are not facts to ask; sentences that open with the same words can be. */
final class LabelsTest {
    @Test
    void headingsAndReferencesAreFound() {
        // deeplearning-ai-notes, rated BROKEN by a blind review
        assertThat(Labels.notAFact("Summary of bias/_____ with human-level performance."))
                .isTrue();
        assertThat(Labels.notAFact("Meaning of the _____ of an image.")).isTrue();
        assertThat(Labels.notAFact("Defining the target label Y in _____ problem."))
                .isTrue();
        assertThat(Labels.notAFact(
                        "Wei Liu, et. al 2015 SSD: Single Shot _____ Detector(https://arxiv.org/abs/1512.02325)"))
                .isTrue();
        assertThat(Labels.notAFact("Introduction to _____ and its uses")).isTrue();
        assertThat(Labels.notAFact("Optional: continue to finetune the _____ with new data."))
                .isTrue();
        assertThat(Labels.notAFact("What _____ tells us is, Why not use all of them at once?"))
                .isTrue();
        assertThat(Labels.notAFact(
                        "If _____ difference is bigger, then you should use a strategy for _____ resolving."))
                .isTrue();
    }

    @Test
    void statementsAreKept() {
        assertThat(Labels.notAFact("Define style as correlation between activations across _____."))
                .isFalse();
        assertThat(Labels.notAFact("_____ is a way to make sure that YOLO detects the object just once."))
                .isFalse();
        assertThat(Labels.notAFact("The meaning of _____ changes with the context window."))
                .isFalse();
        assertThat(Labels.notAFact("Users of _____ pay per request.")).isFalse();
        assertThat(Labels.notAFact("下列哪一项是对“仓库”的描述？")).isFalse();
        // a label and its description may both hold the answer (clf-c02-notes, vpc.md)
        assertThat(Labels.notAFact("_____: When you create a VPC, a(n) _____ is automatically created, which allows all"
                        + " outbound traffic and denies all inbound traffic by default."))
                .isFalse();
        // a question of the generator's own (no blank) is no cloze
        assertThat(Labels.notAFact("Which of these is a function used to evaluate the object detection algorithm?"))
                .isFalse();
    }

    @Test
    void theAuthorsOwnTasteIsNoFact() {
        // obsidian-cs-notes-zh: "Bracket Light Pro：笔者常用的一款 VSCode 界面主题。" (rated BROKEN: any theme fits)
        assertThat(Labels.notAFact("_____：笔者常用的一款 VSCode 界面主题。")).isTrue();
        assertThat(Labels.notAFact("_____ is the terminal font I use for every screenshot in these notes."))
                .isTrue();
        // a fact told in the first person plural stays
        assertThat(Labels.notAFact("We need a(n) _____ to store the weights of the network between runs."))
                .isFalse();
        assertThat(Labels.notAFact("_____：一款用于管理 Node.js 版本的命令行工具。")).isFalse();
    }

    @Test
    void theNotesTalkingAboutThemselvesStateNoFact() {
        // deeplearning-ai-notes, course 4: a blind review rated this list of what comes weak
        assertThat(Labels.notAFact(
                        "In this section we will talk about classic networks which are _____, AlexNet, and VGG."))
                .isTrue();
        assertThat(Labels.notAFact("本节将介绍 _____ 的基本用法。")).isTrue();
        assertThat(Labels.notAFact("LeNet-5 was trained on grayscale images of _____ digits."))
                .isFalse();
    }
}
