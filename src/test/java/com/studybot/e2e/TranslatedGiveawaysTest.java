package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.studybot.QuizWiring;
import com.studybot.adapter.llm.OnnxEmbedder;
import com.studybot.config.StudybotConfig;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.quiz.generate.Translations;
import com.studybot.core.retrieval.Embedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Translation giveaways a blind review found in the Chinese test vault (a Chinese description that translates the
 * English answer), checked with the real model (bge-small-zh) on the real notes: those are no longer asked, the
 * questions rated GOOD still are, and English notes never load the model. Skips when the shared test data is not
 * beside the project.
 */
final class TranslatedGiveawaysTest {
    private static final Path SHARED = Path.of("../shared/testdata");

    private static List<QuizItem> items(String corpus, Translations translations) {
        Path root = SHARED.resolve(corpus);
        assumeTrue(Files.isDirectory(root), root + " is not beside the project");
        var content = StudybotConfig.Content.fixed(root, 5_000_000, CardParser.DEFAULT_DECK_TAG);
        return QuizWiring.questionPool(content, translations).all().items();
    }

    private static Stream<Question> questions(List<QuizItem> items) {
        return items.stream().flatMap(i -> Stream.concat(i.typed().stream(), i.choice().stream()));
    }

    private static boolean asks(Question q, String answer, String words) {
        return q.answer().equals(answer) && q.prompt().contains(words);
    }

    @Test
    void aChineseDescriptionThatTranslatesTheAnswerIsNotAsked() {
        // GIVEN the notes of the Chinese vault and the Chinese model
        Supplier<Embedder> zh = OnnxEmbedder::bgeSmallZh;

        // WHEN
        var items = items("obsidian-cs-notes-zh", QuizWiring.translations(Optional.of(zh)));

        // THEN rated "translation giveaway": Zsh 配置笔记, Shields.io 使用笔记, VS Code 配置笔记, Kubernetes 使用笔记
        assertThat(questions(items))
                .noneMatch(q -> asks(q, "web-search", "网页搜索"))
                .noneMatch(q -> asks(q, "logoColor", "图标颜色"))
                .noneMatch(q -> asks(q, "Chinese (Simplified) Language Pack", "简体中文语言包"))
                .noneMatch(q -> asks(q, "Live Server", "网页服务器"))
                .noneMatch(q -> asks(q, "Service", "微服务架构"));
        // rated GOOD: nothing in them translates the answer
        assertThat(questions(items))
                .anyMatch(q -> asks(q, "Pod", "可调度的最小资源对象"))
                .anyMatch(q -> asks(q, "you-should-use", "命令行错误提示功能"))
                .anyMatch(q -> asks(q, "Foam", "卡片盒笔记系统"))
                .anyMatch(q -> asks(q, "Provisioners", "自定义脚本"));
    }

    @Test
    void englishNotesNeverLoadTheModel() {
        // GIVEN a model that must not be loaded
        Supplier<Embedder> none = () -> {
            throw new AssertionError("the Chinese model was loaded for English notes");
        };

        // WHEN
        var checked = items("clf-c02-notes", QuizWiring.translations(Optional.of(none)));

        // THEN
        assertThat(checked).hasSameSizeAs(items("clf-c02-notes", Translations.NONE));
    }
}
