package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class AnswerGraderTest {
    private final AnswerGrader grader = new AnswerGrader();

    private boolean ok(String given, String expected, String... aliases) {
        return grader.grade(given, expected, List.of(aliases)).correct();
    }

    @Test
    void caseArticlesPunctuationAndSpacingDoNotMatter() {
        assertThat(ok("  the docker   HUB! ", "Docker Hub")).isTrue();
        assertThat(ok("a pod", "A pod")).isTrue();
        assertThat(ok("Pod.", "pod")).isTrue();
    }

    @Test
    void keysAreRightAsPeopleTypeThem() {
        for (String typed : List.of("ctrl+c", "Ctrl-C", "^C", "Control C", "CTRL + c")) {
            assertThat(ok(typed, "Ctrl + C")).as(typed).isTrue();
        }
        assertThat(ok("Escape", "ESC")).isTrue();
        assertThat(ok("^Z", "Ctrl + C")).isFalse();
        assertThat(ok("kill", "Ctrl + C")).isFalse();
        assertThat(ok("Alt C", "Ctrl + C")).isFalse();
        // only where the answer is keys: "^" stays what it is elsewhere
        assertThat(ok("^C", "C")).isTrue();
        assertThat(ok("control", "Control plane")).isFalse();
    }

    @Test
    void whatTheAuditSaysOfTheGraderHolds() {
        // every example AnswerGrader.RULES gives
        assertThat(ok("Docker Hub", "Dockerhub")).isTrue();
        assertThat(ok("pod", "pods")).isTrue();
        assertThat(ok("Elastic Kubernetes Service", "Elastic Kubernetes Services"))
                .isTrue();
        assertThat(ok("Fargate", "AWS Fargate")).isTrue();
        assertThat(ok("Amazon Fargate", "AWS Fargate")).isTrue();
        assertThat(ok("Beanstalk", "AWS Elastic Beanstalk")).isTrue();
        assertThat(ok("Beanstalk", "Elastic Beanstalk")).isFalse();
        assertThat(ok("Container Service", "Elastic Container Service")).isFalse();
        assertThat(ok("Savings and Plans", "Savings & Plans")).isTrue();
        assertThat(AnswerGrader.RULES).contains("Docker Hub", "pods", "AWS Fargate", "Beanstalk");
    }

    @Test
    void anExplanationInParenthesesIsNoAnswerAlone() {
        // our cards: "What does K8s stand for? → Kubernetes (8 letters between the K and the s)" took the explanation
        assertThat(ok("8 letters between the K and the s", "Kubernetes (8 letters between the K and the s)"))
                .isFalse();
        assertThat(ok("Kubernetes", "Kubernetes (8 letters between the K and the s)"))
                .isTrue();
        assertThat(ok("CNCF", "Cloud Native Computing Foundation (CNCF)")).isTrue();
    }

    @Test
    void typosAreForgivenInProportionToLength() {
        assertThat(ok("Kubernets", "Kubernetes")).isTrue();
        assertThat(ok("Elastic Beanstlak", "Elastic Beanstalk")).isTrue();
        assertThat(ok("pad", "pod")).isFalse();
        assertThat(ok("Kubectl", "Kubernetes")).isFalse();
    }

    @Test
    void numbersAndAcronymsMustBeExact() {
        assertThat(ok("16 minutes", "15 minutes")).isFalse();
        assertThat(ok("15 minutes", "15 minutes")).isTrue();
        assertThat(ok("Amazon ECS", "Amazon EKS")).isFalse();
        assertThat(ok("amazon eks", "Amazon EKS")).isTrue();
    }

    @Test
    void aParenthesisAndAliasesOfferOtherAcceptableAnswers() {
        assertThat(ok("CNCF", "The Cloud Native Computing Foundation (CNCF)")).isTrue();
        assertThat(ok("cloud native computing foundation", "The Cloud Native Computing Foundation (CNCF)"))
                .isTrue();
        assertThat(ok("K8s", "Kubernetes", "K8s")).isTrue();
    }

    @Test
    void aWrongAnswerShowsTheExpectedOneAndAnEmptyOneIsWrong() {
        assertThat(grader.grade("Lambda", "AWS Fargate", List.of())).isEqualTo(new Grade.Incorrect("AWS Fargate"));
        assertThat(ok("  ?! ", "AWS Fargate")).isFalse();
    }

    @Test
    void aProductNameMayLeaveOutItsVendorButNotItsAcronym() {
        assertThat(ok("Fargate", "AWS Fargate")).isTrue();
        assertThat(ok("EKS", "Amazon EKS")).isTrue();
        assertThat(ok("ECS", "Amazon EKS")).isFalse();
        assertThat(ok("Elastic Container Service", "Amazon Elastic Container Service (ECS)"))
                .isTrue();
    }

    @Test
    void anAnswerThatRepeatsAWordIsGradedLikeAnyOther() {
        assertThat(ok("scaling scaling", "Auto Scaling")).isFalse();
        assertThat(ok("scaling scaling", "scaling scaling")).isTrue();
    }

    @Test
    void chineseAnswersAreComparedToo() {
        assertThat(ok("容器编排", "容器编排")).isTrue();
        assertThat(ok("镜像", "容器")).isFalse();
    }

    @Test
    void theGraderIsFairToHowStudentsWriteNames() {
        assertThat(ok("byte", "字节（byte）")).isTrue();
        assertThat(ok("字节", "字节（byte）")).isTrue();
        assertThat(ok("Beanstalk", "AWS Elastic Beanstalk")).isTrue();
        assertThat(ok("Amazon Amplify", "AWS Amplify")).isTrue();
        assertThat(ok("Cloud 9", "AWS Cloud9")).isTrue();
        assertThat(ok("Identity & Access Management", "Identity and Access Management"))
                .isTrue();
        assertThat(ok("pod", "pods")).isTrue();
        assertThat(ok("layer", "layers")).isTrue();
        // and still strict where it must be
        assertThat(ok("Balancer", "Elastic Load Balancer")).isFalse();
        assertThat(ok("Cloud 8", "AWS Cloud9")).isFalse();
        assertThat(ok("Amazon", "AWS Amplify")).isFalse();
        assertThat(ok("bytes", "字节（byte）")).isTrue();
        assertThat(ok("bit", "字节（byte）")).isFalse();
    }

    @Test
    void anOptionIsRightInAnyOfItsFormsAndExactlyAsWritten() {
        // the Linux cheat sheet's answer keys: "-a / --all"; "-a" was graded wrong (it normalised to the article "a")
        assertThat(grader.grade("-a", "-a / --all", List.of()).correct()).isTrue();
        assertThat(grader.grade("--all", "-a / --all", List.of()).correct()).isTrue();
        assertThat(grader.grade("-r", "-r, --recursive", List.of()).correct()).isTrue();
        assertThat(grader.grade("-A", "-a / --all", List.of()).correct()).isFalse(); // grep's -P is not -p
        assertThat(grader.grade("-l", "-a / --all", List.of()).correct()).isFalse();
        assertThat(grader.grade("-a / --all", "-a / --all", List.of()).correct())
                .isTrue();
        assertThat(grader.grade("all", "-a / --all", List.of()).correct()).isTrue();
    }
}
