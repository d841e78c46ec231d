package com.studybot.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class DeckParserTest {
    @Test
    void ankiHeadersChooseSeparatorDeckAndColumns() {
        // GIVEN an Anki plain-text export with headers, HTML and a quoted field holding the separator
        String export = String.join(
                "\n",
                "#separator:Semicolon",
                "#html:true",
                "#deck:AWS::Containers",
                "#columns:Tags;Front;Back",
                "aws;What runs containers without servers?;<b>AWS Fargate</b>",
                "k8s;\"Pods; what are they?\";smallest unit<br>of Kubernetes");
        // WHEN parsed
        List<Card> cards = DeckParser.parse("decks/aws.txt", export);
        // THEN front and back come from the named columns, HTML is gone, the deck is the heading
        assertThat(cards)
                .extracting(Card::front)
                .containsExactly("What runs containers without servers?", "Pods; what are they?");
        assertThat(cards).extracting(Card::back).containsExactly("AWS Fargate", "smallest unit\nof Kubernetes");
        assertThat(cards.get(0).citationLabel()).isEqualTo("decks/aws.txt › AWS::Containers");
    }

    @Test
    void aQuizletTsvIsTermTabDefinition() {
        List<Card> cards =
                DeckParser.parse("quizlet.tsv", "ECS\tAWS container orchestrator\nECR\tAWS image registry\n\n");
        assertThat(cards).extracting(Card::front).containsExactly("ECS", "ECR");
        assertThat(cards.get(0).headingPath()).containsExactly("quizlet");
    }

    @Test
    void aCsvMayQuoteCommasQuotesAndNewLines() {
        List<Card> cards = DeckParser.parse(
                "d.csv", "front,back\n\"Say \"\"hi\"\", twice\",\"line one\nline two\"\nonly-one-field\n");
        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.front()).isEqualTo("Say \"hi\", twice");
            assertThat(c.back()).isEqualTo("line one\nline two");
        });
    }
}
