package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A typed prompt whose clue another line says, word for word, of something else: two right answers. */
final class SaidOfAnotherTest {
    private static final String PASSAGE = "- To sort a list we call a helper with a comparator passed to it.\n"
            + "- To sort a stream we call a helper with a comparator passed to it and collect the result.\n"
            + "- Inbound rules: let traffic into the host.\n"
            + "- Outbound rules: let traffic out of the host.";

    @Test
    void aClueAnotherLineSaysInFullFitsTwoAnswers() {
        // "To sort _____ we call …": the next line says all of it of a stream
        assertThat(QuestionChecks.saidOfAnother(
                        "To sort _____ we call a helper with a comparator passed to it.", Set.of("a list"), PASSAGE))
                .isTrue();
    }

    @Test
    void oneWordOfDifferenceIsTheFactAsked() {
        // "into" against "out of": the contrast is what the student must know
        assertThat(QuestionChecks.saidOfAnother("_____: let traffic into the host.", Set.of("Inbound rules"), PASSAGE))
                .isFalse();
        // the line the prompt came from is no other line, whether or not it writes the answer
        assertThat(QuestionChecks.saidOfAnother(
                        "_____: let traffic out of the host.", Set.of("Outbound rules"), "let traffic out of the host"))
                .isFalse();
    }
}
