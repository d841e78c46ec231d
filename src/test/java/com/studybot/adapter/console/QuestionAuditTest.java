package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.generate.QuestionGenerator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class QuestionAuditTest {
    @Test
    void writtenRejectsHaveTheirOwnSection() {
        // GIVEN
        var result = new QuestionGenerator.Result(
                List.of(), Map.of("prompt too short", 4, "written: wrong shape", 2, "written: malformed JSON", 1));
        // WHEN
        String report = QuestionAudit.render(result, 10);
        // THEN
        String written = report.substring(report.indexOf("## Questions written by the language model"));
        assertThat(written).contains("0 accepted", "- written: malformed JSON: 1\n- written: wrong shape: 2\n");
        assertThat(report.substring(0, report.indexOf("## Questions written")))
                .contains("- prompt too short: 4")
                .doesNotContain("written: ");
    }

    @Test
    void withoutWrittenQuestionsThereIsNoSuchSection() {
        var result = new QuestionGenerator.Result(List.of(), Map.of("prompt too short", 4));
        assertThat(QuestionAudit.render(result, 10)).doesNotContain("language model");
    }
}
