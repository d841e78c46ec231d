package com.studybot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class AskedKindTest {
    @Test
    void theKindOfFactAskedForIsDetectedInEnglishAndChinese() {
        assertThat(AskedKind.of("how much does fargate cost per vCPU hour")).isEqualTo(AskedKind.PRICE);
        assertThat(AskedKind.of("How many availability zones are in a region?")).isEqualTo(AskedKind.COUNT);
        assertThat(AskedKind.of("what's the default timeout of a lambda function"))
                .isEqualTo(AskedKind.DEFAULT);
        assertThat(AskedKind.of("dynamodb max item size")).isEqualTo(AskedKind.SIZE);
        assertThat(AskedKind.of("who invented dropout")).isEqualTo(AskedKind.PERSON);
        assertThat(AskedKind.of("what year was Kubernetes released")).isEqualTo(AskedKind.DATE);
        assertThat(AskedKind.of("mysql 默认端口是多少")).isEqualTo(AskedKind.PORT);
        assertThat(AskedKind.of("mysql 默认的字符集是什么")).isEqualTo(AskedKind.DEFAULT);
        assertThat(AskedKind.of("为什么现在 mac 默认的 shell 从 bash 变成 zsh 了")).isEqualTo(AskedKind.OTHER);
        assertThat(AskedKind.of("Git 是谁开发的")).isEqualTo(AskedKind.PERSON);
        assertThat(AskedKind.of("安装需要多长时间")).isEqualTo(AskedKind.DURATION);
        assertThat(AskedKind.of("which company develops podman")).isEqualTo(AskedKind.PERSON);
        assertThat(AskedKind.of("what threshold value should i use for gradient clipping"))
                .isEqualTo(AskedKind.VALUE);
        assertThat(AskedKind.of("what bleu score does google translate get")).isEqualTo(AskedKind.VALUE);
        assertThat(AskedKind.of("梯度裁剪的阈值一般设多少")).isEqualTo(AskedKind.VALUE);
        assertThat(AskedKind.of("Who is responsible for patching under the shared model?"))
                .isEqualTo(AskedKind.OTHER);
        assertThat(AskedKind.of("What is AWS Fargate?")).isEqualTo(AskedKind.OTHER);
        // a version asked with the thing's name between ("which kubernetes version"), or in Chinese by its number
        assertThat(AskedKind.of("which kubernetes version does EKS run")).isEqualTo(AskedKind.VERSION);
        assertThat(AskedKind.of("GNU make 现在最新是几版")).isEqualTo(AskedKind.VERSION);
        assertThat(AskedKind.of("what does version control do")).isEqualTo(AskedKind.OTHER);
        assertThat(AskedKind.VERSION.statedIn(
                        "EKS runs Kubernetes 1.29 on AWS.", "which kubernetes version does EKS run"))
                .isTrue();
        assertThat(AskedKind.VERSION.statedIn(
                        "EKS is AWS's managed Kubernetes.", "which kubernetes version does EKS run"))
                .isFalse();
        assertThat(AskedKind.of("How do containers differ from VMs?")).isEqualTo(AskedKind.OTHER);
        // a question that asks why wants a reason, whatever words it uses ("the most", "default")
        assertThat(AskedKind.of("why not just take the most probable word at every step"))
                .isEqualTo(AskedKind.OTHER);
        assertThat(AskedKind.of("why is the max pooling layer used")).isEqualTo(AskedKind.OTHER);
        assertThat(AskedKind.of("what is the most probable word")).isEqualTo(AskedKind.LIMIT);
    }

    @Test
    void aPassageStatesTheKindOnlyInASentenceAboutTheQuestion() {
        String passage = "AWS Lambda runs code without servers. A function can run for at most 15 minutes.\n"
                + "S3 stores objects of up to 5 TB.";
        assertThat(AskedKind.of("how long can a lambda function run")).isEqualTo(AskedKind.DURATION);
        assertThat(AskedKind.DURATION.statedIn(passage, "how long can a lambda function run"))
                .isTrue();
        assertThat(AskedKind.PRICE.statedIn(passage, "how much does lambda cost per request"))
                .isFalse();
        // the size is stated, but of S3 objects, not in a sentence about Lambda
        assertThat(AskedKind.SIZE.statedIn(
                        "AWS Lambda runs code.\nS3 stores objects of up to 5 TB.", "how big can a lambda package be"))
                .isFalse();
    }

    @Test
    void aQuestionForAWayToFindOutAsksForAMethodNotTheFact() {
        // dev-set paraphrases: the notes answer them with a command, no number
        assertThat(AskedKind.of("quick way to find out how many files are in the current folder"))
                .isEqualTo(AskedKind.OTHER);
        assertThat(AskedKind.of("怎么统计一个文件里有多少个单词")).isEqualTo(AskedKind.OTHER);
        assertThat(AskedKind.of("how many files are in the current folder")).isEqualTo(AskedKind.COUNT);
        assertThat(AskedKind.of("kubeadm join default port")).isEqualTo(AskedKind.PORT);
        assertThat(AskedKind.of("how much is fargate per vcpu hour")).isEqualTo(AskedKind.PRICE);
        assertThat(AskedKind.of("how much is the fee to sit the exam")).isEqualTo(AskedKind.PRICE);
        // "price" far from "of" in another clause asks for a service, not a price
        assertThat(AskedKind.of("i want a cheap fixed-price server with a wordpress template instead of ec2"))
                .isEqualTo(AskedKind.OTHER);
    }

    @Test
    void aCountMustCountWhatWasAskedAndAValueMeasureIt() {
        String question = "how many regions does aws have";
        assertThat(AskedKind.COUNT.statedIn("Each region has 3 or more availability zones.", question))
                .isFalse();
        assertThat(AskedKind.COUNT.statedIn("AWS has 33 regions around the world.", question))
                .isTrue();
        assertThat(AskedKind.COUNT.statedIn("Regions: 33, each with its own zones.", question))
                .isTrue();
        // a misspelt or shortened counted noun is still the same word
        assertThat(AskedKind.COUNT.statedIn(
                        "Lambda's free tier includes 1,000,000 requests per month.",
                        "how many lambda requets are free each month"))
                .isTrue();
        String value = "what value of the margin alpha did facenet use";
        assertThat(AskedKind.VALUE.statedIn(
                        "Alpha is a small number, sometimes called the margin. FaceNet uses 128 dims.", value))
                .isFalse();
        assertThat(AskedKind.VALUE.statedIn("FaceNet sets the margin alpha to 0.2.", value))
                .isTrue();
        // a bound in a formula gives the margin no value (the deep-learning notes' triplet loss)
        assertThat(AskedKind.VALUE.statedIn("Then ||f(A) - f(P)||^2 - ||f(A) - f(N)||^2 + alpha <= 0 holds.", value))
                .isFalse();
        // a count in parentheses is a count, not a term of a formula (the Linux cheat sheet's head and tail)
        assertThat(AskedKind.COUNT.statedIn(
                        "Similar to cat, but only a part (10 lines by default) of each file is displayed.",
                        "how many lines does tail print if i dont give it a number"))
                .isTrue();
        assertThat(AskedKind.VALUE.statedIn("The loss is (1 - alpha) times the margin.", value))
                .isFalse();
        // a dotted address is one sentence: its port is stated beside the command
        assertThat(AskedKind.PORT.statedIn("kubeadm join 192.168.100.21:6443 --token abc", "kubeadm join default port"))
                .isTrue();
    }

    @Test
    void aPersonIsStatedByWhoDidItNotByAnyTwoCapitalisedWords() {
        String question = "who created docker";
        assertThat(AskedKind.PERSON.statedIn("Docker is a Software Platform for Linux Containers.", question))
                .isFalse();
        assertThat(AskedKind.PERSON.statedIn("Docker was created by Solomon Hykes at dotCloud.", question))
                .isTrue();
        assertThat(AskedKind.PERSON.statedIn("Git 由 Linus Torvalds 开发。", "Git 是谁开发的"))
                .isTrue();
        assertThat(AskedKind.PERSON.statedIn(
                        "Google created Kubernetes from its experience with Borg.", "who created kubernetes"))
                .isTrue();
        assertThat(AskedKind.PERSON.statedIn(
                        "Ian works on generative models. He is the creator of GANs.", "who came up with GANs"))
                .isTrue();
        assertThat(AskedKind.PERSON.statedIn("POSIX 这个名称是由 Richard Stallman 应 IEEE 的要求而提议的一个易于记忆的名称。", "posix这个名字是谁提的"))
                .isTrue();
    }

    @Test
    void askedInOneLanguageAboutNotesInTheOtherAnySentenceMayStateIt() {
        String passage = "Kubernetes is an open-source container orchestration system.\n"
                + "Originally created by Google and now maintained by the CNCF.";
        // no sentence shares a word with the Chinese question ("k8s" is not "Kubernetes"), and one states who
        assertThat(AskedKind.PERSON.statedIn(passage, "k8s 最早是哪家公司搞出来的")).isTrue();
        // in one language, the sentence about the question still has to state it
        assertThat(AskedKind.PERSON.statedIn(passage, "who made k8s")).isFalse();
        assertThat(AskedKind.PRICE.statedIn(passage, "k8s 多少钱")).isFalse();
    }

    @Test
    void aPriceIsAnAmountOfMoneyNotAMentionOfBilling() {
        String question = "How much does Fargate cost per vCPU hour?";
        assertThat(AskedKind.of(question)).isEqualTo(AskedKind.PRICE);
        assertThat(AskedKind.PRICE.statedIn(
                        "With Fargate you pay for the resources for as long as the task runs, billed per second.",
                        question))
                .isFalse();
        assertThat(AskedKind.PRICE.statedIn("Fargate costs $0.04048 per vCPU per hour.", question))
                .isTrue();
        assertThat(AskedKind.PRICE.statedIn(
                        "Spot instances can be 90% cheaper than on-demand ones.", "how much does a spot instance cost"))
                .isTrue();
    }

    @Test
    void aNumberTakenFromTheQuestionStatesNothing() {
        String passage = "ResNet-50 is a deep residual network that uses skip connections.";
        assertThat(AskedKind.COUNT.statedIn(passage, "how many parameters does resnet-50 have"))
                .isFalse();
        assertThat(AskedKind.COUNT.statedIn(
                        passage + " ResNet-50 has 25 million parameters.", "how many parameters does resnet-50 have"))
                .isTrue();
    }
}
