package com.studybot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.answer.Answer;

/** What every provider's failure must give: the extractive answer, marked with why it stands in. */
public final class StandIns {
    private StandIns() {}

    public static void assertExtractiveStandIn(Answer answer, String extractiveText, String why) {
        assertThat(answer).isInstanceOfSatisfying(Answer.Answered.class, x -> {
            assertThat(x.text()).isEqualTo(extractiveText);
            assertThat(x.notice()).startsWith("Extractive answer: ").contains(why);
        });
    }
}
