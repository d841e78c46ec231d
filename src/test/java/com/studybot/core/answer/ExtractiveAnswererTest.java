package com.studybot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ExtractiveAnswererTest {
    /** Coverage and similarity count alike; answered from 0.5, the closest passage from 0.3. */
    private static final AnswerPolicy POLICY = new AnswerPolicy(DecisionFeatures.NAMES, -4, weights(), 0.5, 0.3);

    private static List<Double> weights() {
        var w = new ArrayList<Double>(Collections.nCopies(DecisionFeatures.NAMES.size(), 0.0));
        w.set(DecisionFeatures.NAMES.indexOf("coverage"), 4.0);
        w.set(DecisionFeatures.NAMES.indexOf("similarity"), 4.0);
        return w;
    }

    private static Passage passage(String file, String heading, String text, Evidence evidence) {
        return new Passage(new Chunk(file + "#0", file, List.of(heading), text, "h"), 1.0, evidence);
    }

    @Test
    void quotesTheBestSentencesAndCitesTheirSource() {
        // GIVEN a retriever whose top passage is about Fargate, with strong evidence
        var fargate = passage(
                "aws/containers.md",
                "AWS Fargate",
                "Some history first. AWS Fargate is a serverless engine for containers. You pay per task.",
                new Evidence(0.7, 1.0));
        var answerer = new ExtractiveAnswerer(q -> List.of(fargate), POLICY, 2);
        // WHEN a student asks about it
        Answer answer = answerer.answer("What is AWS Fargate?", 5);
        // THEN the answer quotes the defining sentence and cites file › heading
        assertThat(answer).isInstanceOf(Answer.Answered.class);
        var answered = (Answer.Answered) answer;
        assertThat(answered.text()).contains("AWS Fargate is a serverless engine for containers.");
        assertThat(answered.citations()).extracting(Citation::label).containsExactly("aws/containers.md › AWS Fargate");
    }

    @Test
    void weakEvidenceGivesNotInNotesWithSuggestions() {
        // GIVEN passages that share nothing with the question
        var docker = passage("docker.md", "Docker", "Docker builds images.", new Evidence(0.1, 0.0));
        var answerer = new ExtractiveAnswerer(q -> List.of(docker), POLICY, 2);
        // WHEN asked something else
        Answer answer = answerer.answer("How do I bake bread?", 5);
        // THEN it refuses, naming the nearest topic and still returning the passages
        assertThat(answer).isInstanceOf(Answer.NotInNotes.class);
        var refusal = (Answer.NotInNotes) answer;
        assertThat(refusal.suggestions()).containsExactly("docker.md › Docker");
        assertThat(refusal.passages()).hasSize(1);
    }

    @Test
    void noPassagesAtAllIsARefusal() {
        var answerer = new ExtractiveAnswerer(q -> List.of(), POLICY, 2);
        assertThat(answerer.answer("anything", 5)).isInstanceOf(Answer.NotInNotes.class);
    }

    @Test
    void evidenceInBetweenShowsTheClosestPassageAsSuch() {
        // GIVEN a passage that shares half the question's words (confidence between 0.3 and 0.5)
        var lambda = passage(
                "aws/lambda.md",
                "Lambda",
                "Lambda runs your code without servers. It scales with requests.",
                new Evidence(0.3, 0.5));
        var answerer = new ExtractiveAnswerer(q -> List.of(lambda), POLICY, 1);
        // WHEN asked
        Answer answer = answerer.answer("How does Lambda scale?", 5);
        // THEN the closest passage is quoted and cited, not claimed as the answer
        assertThat(answer).isInstanceOf(Answer.Closest.class);
        var closest = (Answer.Closest) answer;
        assertThat(closest.confidence()).isBetween(0.3, 0.5);
        assertThat(closest.text()).contains("Lambda");
        assertThat(closest.citation().label()).isEqualTo("aws/lambda.md › Lambda");
    }

    @Test
    void aQuestionForAPriceIsNotAnsweredByAPassageWithoutOne() {
        // GIVEN strong evidence for a passage that names Fargate but no price
        var fargate = passage(
                "aws/fargate.md",
                "Fargate",
                "AWS Fargate runs containers without servers to manage.",
                new Evidence(0.8, 1.0));
        var answerer = new ExtractiveAnswerer(q -> List.of(fargate), POLICY, 1);
        // WHEN asked for its price, and for what it is
        Answer price = answerer.answer("How much does Fargate cost per hour?", 5);
        Answer what = answerer.answer("What does Fargate do?", 5);
        // THEN the price question gets the closest passage; the other is answered
        assertThat(price).isInstanceOf(Answer.Closest.class);
        assertThat(what).isInstanceOf(Answer.Answered.class);
    }

    @Test
    void aQuestionNamingWhatTheNotesNeverWriteIsNotAnswered() {
        // GIVEN strong evidence for a passage on Fargate, with the question's name "Spanner" unseen by the notes
        String text = "AWS Fargate runs containers without servers to manage.";
        var unseen =
                passage("aws/fargate.md", "Fargate", text, new Evidence(0.8, 1.0).withDetail(1.0, 1.0, 0.2, "Spanner"));
        var known = passage("aws/fargate.md", "Fargate", text, new Evidence(0.8, 1.0));
        // WHEN the same question is asked with the name unseen, and with every name known
        Answer capped = new ExtractiveAnswerer(q -> List.of(unseen), POLICY, 1)
                .answer("How does Spanner run containers without servers?", 5);
        Answer answered = new ExtractiveAnswerer(q -> List.of(known), POLICY, 1)
                .answer("How does Spanner run containers without servers?", 5);
        // THEN the first gets the closest passage only, the second is answered
        assertThat(capped).isInstanceOf(Answer.Closest.class);
        assertThat(answered).isInstanceOf(Answer.Answered.class);
    }

    @Test
    void anUnseenAcronymThePassageSpellsOutIsNoUnknownName() {
        // GIVEN a passage that says "pull request", the question's "PR" unseen by the index as a word
        var pr = passage(
                "git.md",
                "GitHub flow",
                "Open a pull request to discuss the change before you merge it.",
                new Evidence(0.8, 1.0).withDetail(1.0, 1.0, 0.2, "PR"));
        // WHEN asked with the shorthand THEN it is answered
        assertThat(new ExtractiveAnswerer(q -> List.of(pr), POLICY, 1).answer("When do I open a PR?", 5))
                .isInstanceOf(Answer.Answered.class);
    }

    @Test
    void aShortQuestionWordFindsItsLongerForm() {
        // GIVEN a passage where "spec" only appears as "specification"
        var oci = passage(
                "oci.md",
                "OCI",
                "The OCI writes container standards.\n- the runtime specification says how a container starts.",
                new Evidence(0.7, 1.0));
        var answerer = new ExtractiveAnswerer(q -> List.of(oci), POLICY, 1);
        // WHEN asked about the runtime spec
        var answered = (Answer.Answered) answerer.answer("What is the OCI runtime spec?", 5);
        // THEN the sentence about the runtime specification is the one quoted
        assertThat(answered.text()).contains("runtime specification");
    }

    @Test
    void aWeakerSecondPassageIsNotQuoted() {
        var top = passage("a.md", "Pods", "A pod groups containers that share a network.", new Evidence(0.7, 1.0));
        var other = passage("b.md", "Misc", "It works with containers too.", new Evidence(0.7, 1.0));
        var answerer = new ExtractiveAnswerer(q -> List.of(top, other), POLICY, 2);
        var answered = (Answer.Answered) answerer.answer("What does a pod share with its containers?", 5);
        assertThat(answered.citations()).hasSize(1);
    }
}
