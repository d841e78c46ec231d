package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbers and limits with their unit, asked among other amounts of the same kind. */
final class LimitsTest {
    private static final QuestionGenerator GENERATOR = new QuestionGenerator(new AnswerGrader());

    private static final Note NOTES = new Note(
            "aws/limits.md",
            "Limits",
            List.of(),
            List.of(),
            List.of(
                    new Section(
                            List.of("Compute", "AWS Lambda"),
                            "- Invocation time: up to 15 minutes\n- Billed per 1 ms of run time",
                            List.of()),
                    new Section(
                            List.of("Compute", "AWS Batch"),
                            "- Jobs may run for 2 hours or 3 days\n- Retries after 1 hour, 60 minutes at most",
                            List.of()),
                    new Section(List.of("Queues", "Summary"), "- Messages are kept up to 14 days", List.of()),
                    new Section(List.of("Storage", "Amazon S3"), "- Max object size is 5TB (5000GB)", List.of()),
                    new Section(
                            List.of("Storage", "Amazon EBS"),
                            "- Volumes of 1 TB, 16 TB or 64 TB; snapshots of 500 GB",
                            List.of())));

    private static List<Question> limits() {
        return GENERATOR.generate(List.of(NOTES), List.of()).items().stream()
                .filter(i -> i.id().startsWith("gen:limit:"))
                .map(QuizItem::choice)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Question answering(String answer) {
        return limits().stream()
                .filter(q -> q.answer().equals(answer))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no limit answering " + answer + " in " + limits()));
    }

    @Test
    void aLimitIsAskedUnderItsHeadingAmongAmountsOfTheSameKind() {
        // WHEN limits are asked
        Question lambda = answering("15 minutes");
        // THEN the prompt names the thing and blanks the amount
        assertThat(lambda.prompt()).isEqualTo("AWS Lambda: invocation time: up to _____.");
        // AND the wrong options are durations of the notes, none the same amount written another way
        assertThat(lambda.options()).hasSize(4).contains("15 minutes").doesNotContain("5 TB", "500 GB");
        assertThat(lambda.options()).noneMatch(o -> !o.equals("15 minutes") && Limits.same(o, "15 minutes"));
    }

    @Test
    void anAmountWrittenTwiceIsBlankedWholeAndNotOfferedAgain() {
        // "Max object size is 5TB (5000GB)"
        Question s3 = answering("5TB");
        assertThat(s3.prompt()).isEqualTo("Amazon S3: max object size is _____.");
        assertThat(s3.options()).noneMatch(o -> !o.equals("5TB") && Limits.same(o, "5TB"));
        assertThat(s3.options()).doesNotContain("5000GB", "5000 GB");
        // AND every option is spaced as the answer is, so the spacing does not tell which one the notes wrote
        assertThat(s3.options()).allMatch(o -> o.matches("[\\d.,]+[A-Z]B"));
    }

    @Test
    void aNumberThatIsNoLimitOrUnderALabelIsNotAsked() {
        // "Jobs may run for 2 hours or 3 days" states no limit; "Summary" names no thing
        assertThat(limits()).extracting(Question::answer).doesNotContain("2 hours", "3 days", "14 days");
    }

    @Test
    void amountsNearEnoughAreTheSame() {
        assertThat(Limits.same("12 months", "1 year")).isTrue();
        assertThat(Limits.same("5 TB", "5000 GB")).isTrue();
        assertThat(Limits.same("60 minutes", "1 hour")).isTrue();
        assertThat(Limits.same("14 days", "2 weeks")).isTrue();
        assertThat(Limits.same("15 minutes", "30 minutes")).isFalse();
    }

    @Test
    void theLimitsSubjectIsTheHeadingsNameWithoutWhatADashAdds() {
        // from a blind review of the AWS exam notes: "Amazon SQS - Simple Queue Service: default retention …",
        // "Amazon S3 Overview - Objects: max Object Size is _____." (rated WEAK: the prompt read as a heading)
        assertThat(Limits.named("Amazon SQS - Simple Queue Service")).isEqualTo("Amazon SQS");
        assertThat(Limits.named("Amazon S3 Overview - Objects")).isEqualTo("Amazon S3");
        assertThat(Limits.named("Amazon S3 Glacier Deep Archive - for long term storage"))
                .isEqualTo("Amazon S3 Glacier Deep Archive");
        assertThat(Limits.named("AWS Lambda")).isEqualTo("AWS Lambda");
        assertThat(Limits.named("Overview - Amazon EC2")).isEqualTo("Overview - Amazon EC2");
    }

    @Test
    void optionsKeepTheAnswersUnitAndItsDigitsWhole() {
        // clf-c02-notes, SQS: "maximum of 14 days" among "750 hours", "400 ,000 seconds", "12 days" (rated WEAK)
        assertThat(Limits.nearest(List.of("750 hours", "400,000 seconds", "12 days", "7 days", "1 year"), "14 days"))
                .containsExactly("12 days", "7 days", "750 hours");
        assertThat(Limits.unitOf("5TB")).isEqualTo("tb");
        assertThat(Limits.unitOf("14 days")).isEqualTo("day");
    }
}
