package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Prompts that lean on text the student cannot see are found; prompts that stand alone are kept. */
final class ContextTest {
    @Test
    void promptsPointingAtUnseenTextAreFound() {
        // from a blind review of the deep-learning and AWS notes
        assertThat(Context.missing("This is roughly saying that you can achieve low _____."))
                .isTrue();
        // the deep-learning notes' neural style transfer, under "Convolutional Neural Networks" (rated BROKEN)
        assertThat(Context.missing("Define _____ as correlation between activations across channels."))
                .isTrue();
        assertThat(Context.missing("In that case, it's better to _____ your applications"))
                .isTrue();
        assertThat(Context.missing("On AWS: this could be _____ instances")).isTrue();
        assertThat(Context.missing("It could be _____ or resource hogging.")).isTrue();
        // deeplearning-ai-notes, course 4: the operation "we were doing" is in the lecture, not the prompt
        assertThat(Context.missing("What we were doing is called _____ but the state of art of deep learning is using"
                        + " this as conv operation."))
                .isTrue();
        assertThat(Context.missing("Here are the steps of _____ as described before."))
                .isTrue();
        assertThat(Context.missing("The cost of _____ is shown below.")).isTrue();
        assertThat(Context.missing("Which of these is described as “the cost shown above, per hour”?"))
                .isTrue();
        assertThat(
                        Context.missing(
                                "In the right example, because the human level error is 7.5% then we have to focus on the _____."))
                .isTrue();
        assertThat(Context.missing("There are another version called _____ which is a bigger version."))
                .isTrue();
        assertThat(Context.missing("There is another interesting architecture in _____."))
                .isTrue();
        // going on from unseen text, or a blank that is one of several (deep-learning notes, a second review)
        assertThat(Context.missing(
                        "So an alternative _____ architecture that fits the translation would be as follows."))
                .isTrue();
        assertThat(Context.missing("Instead to make this work, we will learn a(n) _____."))
                .isTrue();
        assertThat(Context.missing(
                        "Other algorithms that uses one shot to get the output includes _____ and MultiBox."))
                .isTrue();
        assertThat(Context.missing("Suppose we have split m to _____ of size 1000."))
                .isTrue();
        assertThat(Context.missing("Lets build a RNN that solves _____ task.")).isTrue();
        assertThat(Context.missing("Say you are using layer l's activation to measure _____."))
                .isTrue();
        assertThat(Context.missing("It's also possible to implement a(n) _____ language model."))
                .isTrue();
        assertThat(Context.missing("We need to solve the _____ here.")).isTrue();
        assertThat(Context.missing("_____ is an algorithm that also makes an object detection."))
                .isTrue();
        assertThat(Context.missing("_____ is one of the areas in which deep learning is doing great."))
                .isTrue();
        // named as they are introduced, but in text the student cannot see (deep-learning notes)
        assertThat(Context.missing("There's another trick which is called _____ which we will explore later."))
                .isTrue();
        // a second review of the deep-learning notes: "here" in an unseen figure, "them" said before
        assertThat(Context.missing("A 1 x 1 Conv here is called _____.")).isTrue();
        // the exam notes, rated BROKEN: which dependencies was said before
        assertThat(Context.missing("Storing and retrieving these dependencies is called _____."))
                .isTrue();
        assertThat(Context.missing("There a metric called _____, which combines them."))
                .isTrue();
        assertThat(Context.missing("_____ layers are a trick we'll discuss in detail later."))
                .isTrue();
        assertThat(Context.missing("Option 1 and 2 are called _____ and training on task A called pretraining."))
                .isTrue();
        assertThat(Context.missing("这就是 _____ 的作用。")).isTrue();
        assertThat(Context.missing("配置方法如下：_____")).isTrue();
    }

    @Test
    void chinesePromptsOpeningWithAPronounPointBack() {
        // the Chinese vault's database roadmap: "it" is the transaction of the sentence before (rated WEAK)
        assertThat(Context.missing("它通过 ACID 四个特性来保证数据的可靠性：_____ 确保事务内的操作要么全做要么全不做。"))
                .isTrue();
        assertThat(Context.missing("其中，_____ 是一种针对 Pod 的运行状态进行控制的资源对象。")).isTrue();
        assertThat(Context.missing("_____：该插件用于自动检测JavaScript代码中存在的语法问题与格式问题。")).isFalse();
    }

    @Test
    void promptsThatStandAloneAreKept() {
        assertThat(Context.missing("This service stores objects in buckets: _____."))
                .isFalse();
        assertThat(Context.missing("_____ is the smallest unit Kubernetes deploys."))
                .isFalse();
        assertThat(Context.missing("Which of these is described as “stores objects in buckets”?"))
                .isFalse();
        assertThat(Context.missing("What is the port number of SSH?")).isFalse();
        assertThat(Context.missing("In the example of a spam filter, _____ labels each mail."))
                .isFalse();
        assertThat(Context.missing("_____ adds another layer of security to the account."))
                .isFalse();
        assertThat(Context.missing("这个命令用于查看 _____ 的状态。")).isFalse();
        // "also" in a description says what an option adds, not that the blank is one of several
        assertThat(Context.missing("Which of these is described as “also search within subdirectories”?"))
                .isFalse();
        assertThat(Context.missing("What does -a / --all do?")).isFalse();
        // "Lets you …" (a typo for "lets") describes a service; "Sometimes" and "Soft" are not connectives
        assertThat(Context.missing("Let’s you easily provision, manage, and deploy _____."))
                .isFalse();
        assertThat(Context.missing("Sometimes _____ charges per request.")).isFalse();
        assertThat(Context.missing("_____ stores the state here and in a backup."))
                .isFalse();
        assertThat(Context.missing("Thistle is a plant; _____ grows it.")).isFalse();
        assertThat(Context.missing("Steps in a pipeline are called _____.")).isFalse();
        assertThat(Context.missing("Which of these handles large-scale compute jobs?"))
                .isFalse();
        assertThat(Context.missing(
                        "A(n) _____ gives a changing set of pods one stable name and balances requests across them."))
                .isFalse();
        assertThat(Context.missing("There is an technique called _____ which tells you if backpropagation is correct."))
                .isFalse();
        assertThat(Context.missing("There are optimization algorithms that are better than _____."))
                .isFalse();
        // a quoted description's "this is" stands for the thing asked about
        assertThat(Context.missing("Which of these is described as “this is the smallest unit Kubernetes deploys”?"))
                .isFalse();
        assertThat(Context.missing("下列哪一项符合这段描述：“这是在 K8s 中可调度的最小资源对象”？")).isFalse();
    }

    @Test
    void aWorkedExamplesStepLeansOnTheCaseSetUpBeforeIt() {
        // deeplearning-ai-notes, course 3's error analysis (rated BROKEN, then WEAK: "5 of 100" and "9.5%" come
        // from a cat classifier the student cannot see)
        assertThat(Context.missing("If 5 of 100 are dogs then training your classifier to do better on dogs will"
                        + " decrease your error up to 9.5% (called _____), which can be too little."))
                .isTrue();
        assertThat(Context.missing("Suppose 3 of the 10 nodes fail: the _____ keeps the cluster running."))
                .isTrue();
        assertThat(Context.missing("If more than 5 health checks fail, the instance is marked _____."))
                .isFalse();
        assertThat(Context.missing("If the instance fails, the _____ replaces it within 5 minutes."))
                .isFalse();
    }
}
