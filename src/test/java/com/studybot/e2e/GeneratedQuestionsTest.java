package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.Wiring;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.generate.QuestionGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every question generated from real notes (the project's content/ and, when it is beside the project, the
 * shared test data) keeps the generator's promises: the answer is stated in its passage and not in its
 * prompt or context, and multiple choice has four different options, exactly one of them right.
 */
final class GeneratedQuestionsTest {
    private static final AnswerGrader GRADER = new AnswerGrader();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "content",
                "../shared/testdata/clf-c02-notes",
                "../shared/testdata/obsidian-cs-notes-zh",
                "../shared/testdata/cards",
                "../shared/seeds"
            })
    void generatedQuestionsKeepTheirPromises(String folder) {
        Path root = Path.of(folder);
        assumeTrue(Files.isDirectory(root), root + " is not beside the project");
        QuestionGenerator.Result result = Wiring.questionPool(root, 5_000_000).all();
        var soft = new SoftAssertions();
        var ids = new HashSet<String>();
        for (QuizItem item : result.items()) {
            soft.assertThat(ids.add(item.id())).as("unique id %s", item.id()).isTrue();
            item.choice().ifPresent(q -> choiceIsFair(q, soft));
            if (item.id().startsWith("gen:")) {
                Stream.concat(item.typed().stream(), item.choice().stream())
                        .forEach(q -> generatedIsFair(item, q, soft));
            }
        }
        soft.assertAll();
        if (folder.equals("content")) {
            // generated items in every form, and the multiple-choice form the generator gives cards
            long questions = result.items().stream()
                    .mapToLong(
                            i -> (i.id().startsWith("gen:") ? i.typed().stream().count() : 0)
                                    + i.choice().stream().count())
                    .sum();
            assertThat(questions)
                    .as(
                            "generated questions from content/ (%d items)",
                            result.items().size())
                    .isGreaterThanOrEqualTo(100);
        }
    }

    private static void choiceIsFair(Question q, SoftAssertions soft) {
        soft.assertThat(q.options()).as("options of %s", q.prompt()).hasSize(4).doesNotHaveDuplicates();
        soft.assertThat(q.options().stream().filter(q.answer()::equals))
                .as("right options of %s", q.prompt())
                .hasSize(1);
        for (String o : q.options()) {
            if (!o.equals(q.answer())) {
                soft.assertThat(GRADER.grade(o, q.answer(), q.aliases()).correct())
                        .as("distractor %s of %s is the answer in disguise", o, q.prompt())
                        .isFalse();
            }
        }
    }

    private static void generatedIsFair(QuizItem item, Question q, SoftAssertions soft) {
        boolean meaning = q.id().endsWith(":meaning");
        String named = meaning ? q.prompt() : q.answer();
        String core = named.replaceAll("\\s*\\([^)]*\\)", "").replaceFirst("^What (?:is|are) (?:the |an? )?", "");
        String source = norm(item.passage() + " " + q.citation());
        soft.assertThat(source).as("passage of %s states %s", q.prompt(), core).contains(norm(core.replace("?", "")));
        if (!meaning) {
            soft.assertThat(" " + norm(q.prompt()) + " ")
                    .as("prompt gives away %s", q.answer())
                    .doesNotContain(" " + norm(core) + " ");
            soft.assertThat(" " + norm(q.context()) + " ")
                    .as("context of %s names %s", q.prompt(), q.answer())
                    .doesNotContain(" " + norm(core) + " ");
        }
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
