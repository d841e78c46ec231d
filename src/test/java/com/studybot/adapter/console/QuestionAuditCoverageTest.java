package com.studybot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.generate.QuestionGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QuestionAuditCoverageTest {
    private static final Note NOTE = new Note(
            "aws/compute.md",
            "Compute",
            List.of(),
            List.of(),
            List.of(
                    new Section(
                            List.of("AWS Lambda"),
                            "AWS Lambda is a serverless compute service that runs your code as functions.",
                            List.of("AWS Lambda")),
                    new Section(
                            List.of("Tips"),
                            "Short. Lambda is a serverless compute service that runs your code.",
                            List.of("Lambda"))));

    @Test
    void theReportCountsQuestionsPerThousandWordsSamplesRejectsAndHasARatingColumn() {
        // GIVEN a real generation over a note whose second section repeats a key term in a short clause
        var result = new QuestionGenerator(new AnswerGrader()).generate(List.of(NOTE), List.of());
        // WHEN
        String report = QuestionAudit.render(result, 10);
        // THEN
        int words = result.noteWords().get("aws/compute.md");
        assertThat(words).isEqualTo(24);
        assertThat(report)
                .contains("## Questions per 1,000 words, by file")
                .containsPattern(
                        "\\| aws/compute\\.md \\| 24 \\| " + result.items().size() + " \\| [0-9.]+ \\|");
        assertThat(result.rejects()).isNotEmpty();
        String reason = result.rejects().keySet().iterator().next();
        assertThat(result.rejectSamples().get(reason)).isNotEmpty();
        assertThat(report)
                .contains("- " + reason + ": "
                        + result.rejectSamples().get(reason).get(0));
        assertThat(report).contains("## Ratings\n\n| n | form | answer | rating | why |");
        assertThat(report.lines().filter(l -> l.equals("Rating: ")).count())
                .isEqualTo(report.lines().filter(l -> l.startsWith("### ")).count())
                .isPositive();
    }

    @Test
    void chineseCountsEachCharacterAsAWord() {
        var zh = new Note("zh.md", "zh", List.of(), List.of(), List.of(new Section(List.of("字节"), "字节是存储单位 byte。")));
        var result = new QuestionGenerator(new AnswerGrader()).generate(List.of(zh), List.of());
        assertThat(result.noteWords()).containsEntry("zh.md", 8); // seven characters and "byte"
    }
}
