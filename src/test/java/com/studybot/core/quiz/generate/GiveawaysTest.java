package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word-stem giveaways a blind review found in questions on the AWS notes and on our own notes. */
final class GiveawaysTest {
    @Test
    void aBrandSpeltOffAWordIsGivenAwayByThatWord() {
        assertThat(Giveaways.givesAway("_____: Face detection, labeling, celebrity recognition.", "Rekognition"))
                .isTrue();
        // a prompt without such a word gives nothing away
        assertThat(Giveaways.givesAway("_____ finds faces and objects in images and videos.", "Rekognition"))
                .isFalse();
    }

    @Test
    void theFirstWordOfANameWrittenAsAPlainWordGivesItAway() {
        assertThat(Giveaways.givesAway(
                        "_____: For HTTP and HTTPS traffic, operates at Layer 7 (application level).",
                        "Application Load Balancer"))
                .isTrue();
        // "What is the Docker CLI?" answered "the docker command": the answer says the name
        assertThat(Giveaways.givesAway("the docker command", "Docker CLI")).isTrue();
        // a brand written as a brand is shared by the siblings: no giveaway
        assertThat(Giveaways.givesAway(
                        "_____ runs Docker containers across a cluster of Docker hosts.", "Docker Swarm"))
                .isFalse();
    }

    @Test
    void anotherFormOfAWordOfTheNameGivesItAway() {
        // clf-c02-notes, a second review: "scales" for Automatic scaling, "manually" for Manual Scaling
        assertThat(Giveaways.givesAway(
                        "Which of these is described as “scales based on event triggers”?", "Automatic scaling"))
                .isTrue();
        assertThat(Giveaways.givesAway(
                        "Which of these is described as “adjusting the number of instances manually based on load"
                                + " prediction”?",
                        "Manual Scaling"))
                .isTrue();
        // the PDF cheat sheets, a review: "one entry per line" for ls -1, either way round
        assertThat(Giveaways.givesAway("one entry per line (only file names)", "-1"))
                .isTrue();
        assertThat(Giveaways.givesAway("Name it: one entry per line (only file names).", "-1"))
                .isTrue();
        assertThat(Giveaways.givesAway("Name it: list one file per line.", "-l"))
                .isFalse();
        // the letter of a one-letter option starting a word of its description, in either form of prompt
        assertThat(Giveaways.optionInitial(
                        "Which of these is described as “vertical list format (including permissions)”?", "-l"))
                .isTrue();
        assertThat(Giveaways.optionInitial("Which option: Interpret patterns as Perl-compatible expressions.", "-P"))
                .isTrue();
        assertThat(Giveaways.optionInitial("Which of these is described as “one entry per line”?", "-1"))
                .isFalse();
        assertThat(Giveaways.optionInitial("Which of these is described as “show hidden entries”?", "-a"))
                .isFalse(); // "as" of the form is not the description
        assertThat(Giveaways.optionInitial("Which option: Prints the version.", "--verbose"))
                .isFalse();
        // a capital option whose letter starts a name of its description, typed too
        assertThat(Giveaways.capitalOption("Which option: Interpret patterns as Perl-compatible expressions.", "-P"))
                .isTrue();
        assertThat(Giveaways.capitalOption("Which option: Interpret patterns as Perl-compatible.", "-P / --perl"))
                .isTrue();
        assertThat(Giveaways.capitalOption("Which option: Print lines not matching.", "-P"))
                .isFalse();
        assertThat(Giveaways.capitalOption("Which option: Vertical list format.", "-l"))
                .isFalse();
        assertThat(Giveaways.capitalOption("Which option: Random sort.", "-R"))
                .isFalse(); // the first word of a sentence is capitalised anyway
        // a third review: "save" for Savings Plans (the same stem, though not the same cut)
        assertThat(Giveaways.givesAway("_____: easy way to save based on long-term usage of AWS.", "Savings Plans"))
                .isTrue();
        assertThat(Giveaways.root("scaling"))
                .isEqualTo(Giveaways.root("scales"))
                .isEqualTo("scal");
        assertThat(Giveaways.root("manually")).isEqualTo("manual");
        assertThat(Giveaways.root("uses")).isEqualTo("uses"); // too short to cut
    }

    @Test
    void anAcronymsPluralInTheFileNameIsHiddenWithTheFile() {
        // content/containers/vms-vs-containers.md: "A(n) _____ is a software emulation of a complete computer."
        // was shown under "containers/vms-vs-containers.md" (rated BROKEN by a blind review)
        assertThat(TermForms.of("virtual machine (VM)")).contains("VM", "VMs");
        String shown = Topics.context(
                "containers/vms-vs-containers.md",
                java.util.List.of("Virtual machines and containers", "Virtual machines"),
                "virtual machine (VM)");
        assertThat(shown).startsWith("containers/").doesNotContain("vms");
    }

    @Test
    void anExpansionInParenthesesGivesTheAcronymAwayEvenWithCommas() {
        // clf-c02-notes: "Ideal for data transformation, machine learning, and ETL (Extract, Transform, Load)."
        assertThat(Giveaways.givesAway(
                        "Ideal for data transformation, machine learning, and _____ (Extract, Transform, Load).",
                        "ETL"))
                .isTrue();
        assertThat(Giveaways.givesAway("_____ moves data between stores (nightly, in batches).", "ETL"))
                .isFalse();
    }

    @Test
    void aBlankThatIsOneItemOfAListIsNotAsked() {
        // seeds: "Could cause config conflicts, security problems or _____." → resource hogging (rated BROKEN)
        var checks = new QuestionChecks(new TermCatalog(java.util.List.of(), java.util.List.of()));
        String passage = "Could cause config conflicts, security problems or resource hogging.";
        assertThat(checks.problem(
                        "Could cause config conflicts, security problems or _____.", "resource hogging", passage))
                .contains(Rejects.LIST_ITEM);
        // a name in a list too: seeds' "… on AWS App Runner, Amazon ECS, and _____." (rated BROKEN: EKS fits)
        assertThat(
                        checks.problem(
                                "Supports MySQL, PostgreSQL, _____, Oracle and SQL Server as engines of the managed service.",
                                "MariaDB",
                                "Supports MySQL, PostgreSQL, MariaDB, Oracle and SQL Server as engines of the managed service."))
                .contains(Rejects.LIST_ITEM);
        // the first item too: the seeds' "… on AWS _____, Amazon ECS, and AWS Fargate." (rated BROKEN)
        assertThat(checks.problem(
                        "Build and operate containerized applications on AWS _____, Amazon ECS, and AWS Fargate.",
                        "App Runner",
                        "Build and operate containerized applications on AWS App Runner, Amazon ECS, and AWS Fargate."))
                .contains(Rejects.LIST_ITEM);
        assertThat(checks.problem(
                        "There's an activation which is called _____, which gets 1 for the maximum and zeros for the others.",
                        "hard max",
                        "There's an activation which is called hard max, which gets 1 for the maximum and zeros for the"
                                + " others."))
                .isNotEqualTo(java.util.Optional.of(Rejects.LIST_ITEM));
        // the first of two (clf-c02-notes, ec2_storage.md: "Integration with Active Directory, and Windows-based
        // applications", rated WEAK: Windows Server or SMB fill it as well)
        assertThat(checks.problem(
                        "Integration with _____, and Windows-based applications.",
                        "Active Directory",
                        "Integration with Active Directory, and Windows-based applications."))
                .contains(Rejects.LIST_ITEM);
        // a clause after the blank is no list
        assertThat(checks.problem(
                        "Package the app as a _____, and then the cluster runs copies of it on its nodes.",
                        "container image",
                        "Package the app as a container image, and then the cluster runs copies of it on its nodes."))
                .isNotEqualTo(java.util.Optional.of(Rejects.LIST_ITEM));
        // the first of several short items (clf-c02-notes, databases.md: "formats like _____, JSON, Parquet, and ORC")
        assertThat(checks.problem(
                        "Athena reads formats like _____, JSON, Parquet, and ORC straight from S3.",
                        "CSV",
                        "Athena reads formats like CSV, JSON, Parquet, and ORC straight from S3."))
                .contains(Rejects.LIST_ITEM);
        // a blank before an apposition stays, even when the apposition names two people
        assertThat(checks.problem(
                        "In the rise of deep learning, one of the most important ideas has been an algorithm called _____,"
                                + " created by two researchers, Sergey Ioffe and Christian Szegedy.",
                        "batch normalization",
                        "In the rise of deep learning, one of the most important ideas has been an algorithm called batch"
                                + " normalization, created by two researchers, Sergey Ioffe and Christian Szegedy."))
                .isNotEqualTo(java.util.Optional.of(Rejects.LIST_ITEM));
        assertThat(checks.problem(
                        "One of the most important ideas has been an algorithm called _____, created by two researchers.",
                        "batch normalization",
                        "One of the most important ideas has been an algorithm called batch normalization, created by two"
                                + " researchers."))
                .isNotEqualTo(java.util.Optional.of(Rejects.LIST_ITEM));
    }

    @Test
    void aWordSetAgainstItsOppositeInAParallelSentenceIsGivenAway() {
        // deeplearning-ai-notes: "Positive means same person, while negative means different person." (rated BROKEN)
        var checks = new QuestionChecks(new TermCatalog(java.util.List.of(), java.util.List.of()));
        String passage = "Positive means same person, while negative means different person.";
        assertThat(checks.problem(
                        "Positive means same person, while _____ means different person.", "negative", passage))
                .contains(Rejects.GIVEN_AWAY);
        assertThat(checks.problem(
                        "_____ means same person, while negative means different person.", "Positive", passage))
                .contains(Rejects.GIVEN_AWAY);
        // a contrast whose other half does not parallel the blank stays
        String other =
                "The encoder reads the input sentence into a vector, while the decoder writes the output sentence.";
        assertThat(checks.problem(
                        "The encoder reads the input sentence into a vector, while the _____ writes the output sentence.",
                        "decoder",
                        other))
                .isNotEqualTo(java.util.Optional.of(Rejects.GIVEN_AWAY));
    }

    @Test
    void aShortNameSpeltOutLetterByLetterIsGivenAway() {
        // content/: "The name is often shortened to K8s, where the 8 stands for the eight letters between the K and
        // the s." (rated BROKEN)
        var checks = new QuestionChecks(new TermCatalog(java.util.List.of(), java.util.List.of()));
        String passage = "The name is often shortened to K8s, where the 8 stands for the eight letters between the K"
                + " and the s.";
        assertThat(checks.problem(
                        "The name is often shortened to _____, where the 8 stands for the eight letters between the K"
                                + " and the s.",
                        "K8s",
                        passage))
                .contains(Rejects.GIVEN_AWAY_FORM);
        // a lone letter that is not the name's stays ("a layer of size n" for ReLU)
        assertThat(checks.problem(
                        "_____ is the activation function most hidden layers of size n use in deep networks.",
                        "ReLU",
                        "ReLU is the activation function most hidden layers of size n use in deep networks."))
                .isEmpty();
    }

    @Test
    void aPlainWordAfterANameIsTheHeadOfItsCompoundNotAThing() {
        // content/: "Lambda functions can be deployed as zip archives or as container images …" → functions (BROKEN)
        var note = new com.studybot.core.content.Note(
                "aws.md",
                "AWS",
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(new com.studybot.core.content.Section(
                        java.util.List.of("AWS", "AWS Lambda"),
                        "AWS Lambda runs your code as functions.",
                        java.util.List.of("AWS Lambda"))));
        var checks = new QuestionChecks(new TermCatalog(java.util.List.of(note), java.util.List.of()));
        String passage = "Lambda functions can be deployed as zip archives or as container images of up to 10 GB.";
        assertThat(checks.problem(
                        "Lambda _____ can be deployed as zip archives or as container images of up to 10 GB.",
                        "functions",
                        passage))
                .contains(Rejects.NOT_A_THING);
        // a name after a name stays ("AWS _____ runs containers …" → Fargate), and so does a word after a capital that
        // only opens the sentence ("Define _____ as correlation …" → style)
        assertThat(checks.problem(
                        "AWS _____ runs containers without servers to manage for each task you start.",
                        "Fargate",
                        "AWS Fargate runs containers without servers to manage for each task you start."))
                .isEmpty();
        assertThat(checks.problem(
                        "Define _____ as correlation between activations across channels of the image.",
                        "style",
                        "Define style as correlation between activations across channels of the image."))
                .isNotEqualTo(java.util.Optional.of(Rejects.NOT_A_THING));
    }

    @Test
    void aHeadingThatNamesTheAnswerWithATypoIsNotShown() {
        // seeds: "1.5 Podman, Builddah, Skpeo" shown above "_____ is a tool for moving container images …" → Skopeo
        String shown = Topics.context("001.txt", java.util.List.of("1 基础知识", "1.5 Podman, Builddah, Skpeo"), "Skopeo");
        assertThat(shown).doesNotContain("Skpeo").contains("1 基础知识");
        // a heading of other words stays ("Images" above a question on Skopeo)
        assertThat(Topics.context("001.txt", java.util.List.of("Containers", "Images"), "Skopeo"))
                .contains("Images");
    }

    @Test
    void anInitialAfterTheBlankGivesItAwayAndGarbledTextIsNoFact() {
        var checks = new QuestionChecks(new TermCatalog(java.util.List.of(), java.util.List.of()));
        // deeplearning-ai-notes: "… between an anchor image A and a positive P and a negative N." (rated BROKEN)
        String passage = "The loss compares an anchor image A with a positive P and a negative N of other people.";
        assertThat(checks.problem(
                        "The loss compares an anchor image A with a positive P and a(n) _____ N of other people.",
                        "negative",
                        passage))
                .contains(Rejects.GIVEN_AWAY_FORM);
        // clf-c02-notes, cloud_monitoring.md: "S3 Buckets: Number of requests, latency, and errors., AllRequests"
        assertThat(checks.problem(
                        "_____: Number of requests, latency, and errors., AllRequests in every bucket.",
                        "S3 Buckets",
                        "S3 Buckets: Number of requests, latency, and errors., AllRequests in every bucket."))
                .contains(Rejects.NOT_A_FACT);
        // "e.g.," is no garble
        assertThat(
                        checks.problem(
                                "_____: Automatically adjusts the number of instances based on demand (e.g., CPU usage).",
                                "Dynamic Scaling",
                                "Dynamic Scaling: Automatically adjusts the number of instances based on demand (e.g., CPU usage)."))
                .isEmpty();
    }

    @Test
    void theHeadOfANameWrittenAsItIsStillGivesTheNameAway() {
        // deeplearning-ai-notes: a blind review rated these WEAK ("leaves one word to recall")
        assertThat(Giveaways.givesAway(
                        "In _____ we run the gradient descent on the whole dataset.", "Batch gradient descent"))
                .isTrue();
        assertThat(Giveaways.givesAway(
                        "There is a generalization of logistic regression called _____ that is used for multiclass"
                                + " classification.",
                        "Softmax regression"))
                .isTrue();
    }

    @Test
    void aCompoundAnswerIsGivenAwayByItsLastPart() {
        assertThat(Giveaways.givesAway(
                        "_____ split a system into many small services, each responsible for one business capability.",
                        "Microservices"))
                .isTrue();
    }

    @Test
    void aHyphenatedCompoundThatOpensTheAnswersAcronymGivesItAway() {
        // content/, rated BROKEN by a blind review: "command-line tool" points at the only option with "CLI"
        assertThat(Giveaways.givesAway(
                        "Which of these is a command-line tool for building, releasing and operating containerised"
                                + " applications on ECS, Fargate and App Runner?",
                        "AWS Copilot CLI"))
                .isTrue();
        assertThat(Giveaways.givesAway("_____: Command-line tool to interact with AWS services.", "AWS CLI"))
                .isTrue();
        // a compound with other initials, or none, gives nothing away
        assertThat(Giveaways.givesAway("A well-known tool to build and release containerised applications.", "AWS CLI"))
                .isFalse();
        assertThat(Giveaways.givesAway("A tool to build and release containerised applications.", "AWS Copilot CLI"))
                .isFalse();
    }

    @Test
    void aDefinitionWhoseLineSetsItBesideAnotherThingFitsBoth() {
        // obsidian-cs-notes-zh, Kubernetes 使用笔记: rated BROKEN, the description fits ReplicaSet as well
        String section = "- Pod：这是在 K8s 中部署应用程序时可调度的最小资源对象。\n"
                + "- ReplicationController：这是一种针对 Pod 的运行状态进行抽象的资源对象。该对象是早期版本的 K8s 中"
                + " ReplicaSet 对象的升级，这两种对象主要用于确保在任何时候都有特定数量的 Pod 实例处于运行状态。\n";
        assertThat(QuestionChecks.pairedInItem(section, "ReplicationController：这是一种针对 Pod 的运行状态进行抽象的资源对象。"))
                .hasValueSatisfying(rest -> assertThat(rest).contains("ReplicaSet"));
        assertThat(QuestionChecks.pairedInItem(section, "Pod：这是在 K8s 中部署应用程序时可调度的最小资源对象。"))
                .isEmpty();
        assertThat(QuestionChecks.pairedInItem(
                        "- ELB: distributes traffic. It supports both HTTP and TCP.\n", "ELB: distributes traffic."))
                .isEmpty();
    }
}
