package com.studybot.adapter.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.generate.Draft;
import com.studybot.core.quiz.generate.QuestionDrafts;
import com.studybot.core.quiz.generate.QuestionDrafts.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reply shape is strict: anything but the one shape throws the whole reply away. */
final class JsonQuestionDraftsTest {
    private static final String OPTIONS = "[\"a b\",\"c d\",\"e f\",\"g h\"]";
    private final JsonQuestionDrafts drafts = new JsonQuestionDrafts();

    @Test
    void theShapeIsReadWithAndWithoutAQuote() {
        // WHEN
        Reply reply = drafts.parse("{\"questions\":[{\"question\":\"Q one?\",\"options\":" + OPTIONS
                + ",\"answer\":3,\"quote\":\"g h\"},{\"question\":\"Q two?\",\"options\":" + OPTIONS
                + ",\"answer\":0}]}");
        // THEN
        assertThat(reply)
                .isEqualTo(new Reply.Read(List.of(
                        new Draft("Q one?", List.of("a b", "c d", "e f", "g h"), 3, "g h"),
                        new Draft("Q two?", List.of("a b", "c d", "e f", "g h"), 0, ""))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"questions\":[{\"question\":\"Q?\",\"options\":" + OPTIONS + ",\"answer\":\"0\"}]}",
                "{\"questions\":[{\"question\":\"Q?\",\"options\":" + OPTIONS + ",\"answer\":0.5}]}",
                "{\"questions\":[{\"question\":\"Q?\",\"options\":" + OPTIONS + ",\"answer\":-1}]}",
                "{\"questions\":[{\"question\":\"Q?\",\"options\":" + OPTIONS + ",\"answer\":0,\"hint\":\"x\"}]}",
                "{\"questions\":[{\"question\":\"Q?\",\"options\":" + OPTIONS + "}]}",
                "{\"questions\":[{\"question\":\" \",\"options\":" + OPTIONS + ",\"answer\":0}]}",
                "{\"questions\":[{\"question\":\"Q?\",\"options\":[\"a\",\"b\",\"c\",\"d\",\"e\"],\"answer\":0}]}",
                "{\"questions\":[{\"question\":\"Q?\",\"options\":[\"a\",\"b\",\"c\",3],\"answer\":0}]}",
                "{\"questions\":[{\"question\":\"Q?\",\"options\":" + OPTIONS + ",\"answer\":0,\"quote\":1}]}",
                "{\"questions\":[], \"note\":\"none\"}",
                "{\"questions\":{}}",
                "[]"
            })
    void anythingElseIsTheWrongShape(String reply) {
        assertThat(drafts.parse(reply)).isEqualTo(new Reply.Rejected(QuestionDrafts.WRONG_SHAPE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Here you are: {\"questions\":[]}",
                "{\"questions\":[]} I hope this helps",
                "{\"questions\":[],\"questions\":[]}",
                "{questions:[]}",
                ""
            })
    void textThatIsNotOneJsonObjectIsMalformed(String reply) {
        assertThat(drafts.parse(reply)).isEqualTo(new Reply.Rejected(QuestionDrafts.MALFORMED));
    }
}
