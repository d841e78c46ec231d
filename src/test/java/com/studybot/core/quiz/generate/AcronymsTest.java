package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Grade;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "What does X stand for?" from a sentence that spells an abbreviation out, asked typed only. */
final class AcronymsTest {
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(new AnswerGrader());

    private static Optional<Acronyms.Spelt> spelt(String sentence) {
        return Acronyms.spelt(sentence);
    }

    @Test
    void theWordsThatSpellTheAbbreviationAreFoundWhereverTheSentencePutsThem() {
        assertThat(spelt("RELU stands for rectified linear unit is the most popular activation function."))
                .contains(new Acronyms.Spelt("RELU", "rectified linear unit"));
        assertThat(spelt("CNN or convolutional neural networks (Useful in computer vision)"))
                .contains(new Acronyms.Spelt("CNN", "convolutional neural networks"));
        assertThat(spelt("Useful models are support vector machines (SVMs) and trees."))
                .contains(new Acronyms.Spelt("SVM", "support vector machines"));
        assertThat(spelt("IAM (Identity and Access Management) controls who can do what."))
                .contains(new Acronyms.Spelt("IAM", "Identity and Access Management"));
        assertThat(spelt("The LSTM (Long Short-Term Memory) cell keeps a state."))
                .contains(new Acronyms.Spelt("LSTM", "Long Short-Term Memory"));
    }

    @Test
    void theLongestRunThatSpellsItIsTakenNotAPrefixOfAWord() {
        // "IDE" is not "Integrated DEvelopment", nor "YOLO" "You Only LOok"
        assertThat(spelt("AWS Cloud9 is a cloud IDE (Integrated Development Environment) for writing code"))
                .contains(new Acronyms.Spelt("IDE", "Integrated Development Environment"));
        assertThat(spelt("YOLO stands for You Only Look Once and detects objects in one pass."))
                .contains(new Acronyms.Spelt("YOLO", "You Only Look Once"));
    }

    @Test
    void wordsThatDoNotSpellItAreNoExpansion() {
        assertThat(spelt("Use an ACL or security groups to filter traffic.")).isEmpty();
        assertThat(spelt("S3 (Simple Storage Service) keeps objects.")).isEmpty();
        assertThat(spelt("Amazon ECS (a container service) runs tasks.")).isEmpty();
        assertThat(spelt("Kubernetes (often written K8s) orchestrates containers."))
                .isEmpty();
        // a blend of two words is no abbreviation; words in brackets are the whole expansion or none
        assertThat(spelt("ResNet (Residual Networks) adds skip connections.")).isEmpty();
        assertThat(spelt("GloVe (Global vectors for word representation) is another algorithm."))
                .isEmpty();
        // half spelt out, or spelt with a slip of the notes
        assertThat(spelt("BRNN (Bidirectional RNN) reads both ways.")).isEmpty();
        assertThat(spelt("Amazon Transcribe does ASR (Automatically speech recognition)."))
                .isEmpty();
    }

    @Test
    void aCountedThingIsNamedInTheSingular() {
        assertThat(Acronyms.singular("Service Control Policies")).isEqualTo("Service Control Policy");
        assertThat(Acronyms.singular("Network access control lists")).isEqualTo("Network access control list");
        assertThat(Acronyms.singular("Internet Protocol Addresses")).isEqualTo("Internet Protocol Address");
        assertThat(Acronyms.singular("Key Management Service")).isEqualTo("Key Management Service");
    }

    @Test
    void thePluralIsKeptUnlessTheNotesCountTheThing() {
        var note = new Note(
                "aws/org.md",
                "Organizations",
                List.of(),
                List.of(),
                List.of(
                        section("SCP", "- Service Control Policies (SCPs) restrict what accounts may do."),
                        section("More", "- Attach SCPs to organizational units."),
                        section("AWS", "- Amazon Web Services (AWS) runs the cloud; AWS bills per use.")));

        assertThat(acronymItems(note))
                .extracting(i -> i.typed().orElseThrow().answer())
                .containsExactlyInAnyOrder("Service Control Policy", "Amazon Web Services");
    }

    private static Section section(String heading, String text) {
        return new Section(List.of("Networks", heading), text, List.of());
    }

    private static List<QuizItem> acronymItems(Note... notes) {
        return GENERATOR.generate(List.of(notes), List.of()).items().stream()
                .filter(i -> i.id().startsWith("gen:acronym:"))
                .toList();
    }

    @Test
    void anAbbreviationTheNotesUseAgainIsAskedOnceTypedAndGradedOnItsWords() {
        var note = new Note(
                "dl/networks.md",
                "Networks",
                List.of(),
                List.of(),
                List.of(
                        section("Types", "- RNN or recurrent neural networks (useful in speech recognition)"),
                        section("Sequences", "- An RNN reads a sequence one step at a time."),
                        section("Again", "- RNN stands for recurrent neural network, once more."),
                        section("Aside", "- GAN (generative adversarial network) is beyond this course.")));

        List<QuizItem> items = acronymItems(note);

        // THEN RNN, used again, is asked once; GAN, named only in passing, is not
        assertThat(items).hasSize(1);
        QuizItem rnn = items.get(0);
        assertThat(rnn.choice())
                .as("typed only: initials would tell the option")
                .isEmpty();
        Question q = rnn.typed().orElseThrow();
        assertThat(q.prompt()).isEqualTo("What does RNN stand for?");
        assertThat(q.answer()).isEqualTo("Recurrent neural networks");
        // AND the student may write it in the singular or in capitals
        var grader = new AnswerGrader();
        assertThat(grader.grade("Recurrent Neural Network", q.answer(), q.aliases()))
                .isInstanceOf(Grade.Correct.class);
        assertThat(grader.grade("convolutional neural network", q.answer(), q.aliases()))
                .isInstanceOf(Grade.Incorrect.class);
    }

    @Test
    void aHeadingThatSpellsItOutIsNotShownAboveTheQuestion() {
        var note = new Note(
                "aws/iam.md",
                "IAM",
                List.of(),
                List.of(),
                List.of(
                        new Section(
                                List.of("Security", "Identity and Access Management"),
                                "- IAM (Identity and Access Management) controls who can do what.",
                                List.of()),
                        section("Users", "- IAM users belong to groups.")));

        Question q = acronymItems(note).get(0).typed().orElseThrow();

        assertThat(q.context()).doesNotContain("Identity and Access Management");
    }

    @Test
    void aHeadingThatSpellsMostOfItOutGoesToo() {
        // the seeds: "2 AWS 中Container Services" above "What does ECS stand for?" (rated BROKEN)
        assertThat(Acronyms.halfSpelt("2 AWS 中Container Services", "Elastic Container Service"))
                .isTrue();
        assertThat(Acronyms.halfSpelt("Supervised learning with neural networks", "Convolutional neural network"))
                .isTrue();
        assertThat(Acronyms.halfSpelt("Amazon EBS", "Elastic Block Store")).isFalse();
        assertThat(Acronyms.halfSpelt("Container basics", "Elastic Container Service"))
                .isFalse();
    }

    @Test
    void aHeadingNamingTheAbbreviationStaysToSayWhichOneIsMeant() {
        var note = new Note(
                "sections/storage.md",
                "Storage",
                List.of(),
                List.of(),
                List.of(
                        new Section(
                                List.of("Storage", "Amazon EBS"),
                                "- EBS (Elastic Block Store) volumes are network drives for EC2 instances.",
                                List.of()),
                        section("Snapshots", "- An EBS snapshot backs a volume up.")));

        Question q = acronymItems(note).get(0).typed().orElseThrow();

        assertThat(q.context()).isEqualTo("sections/storage.md › Storage › Amazon EBS");
    }

    @Test
    void theQuestionQuotesProseRatherThanATableOfContents() {
        var note = new Note(
                "aws/deploying.md",
                "Deploying",
                List.of(),
                List.of(),
                List.of(
                        section("Contents", "- What is CloudFormation?\n- AWS Cloud Development Kit (CDK)"),
                        section(
                                "AWS CDK",
                                "- The Cloud Development Kit (CDK) defines your cloud infrastructure in a familiar"
                                        + " programming language.")));

        Question q = acronymItems(note).get(0).typed().orElseThrow();

        assertThat(q.quote()).startsWith("- The Cloud Development Kit (CDK) defines");
        assertThat(q.citation()).contains("AWS CDK");
    }

    @Test
    void anAbbreviationAloneIsWrittenOtherwiseThanAName() {
        assertThat(List.of("SSD", "R-FCN", "EC2", "IAM (Identity and Access Management)", "DDoS"))
                .allMatch(Choices::abbreviation);
        assertThat(List.of("Intersection Over Union", "MultiBox", "Amazon EMR", "Kubernetes", "ResNet"))
                .noneMatch(Choices::abbreviation);
    }
}
