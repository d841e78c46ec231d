package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuizItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class TranslationsTest {
    /**
     * A meaning space where the texts of one group are the same point and every other text a point of its own: a
     * pair is 1.0 alike or 0.0. It remembers every text it was asked for.
     */
    static final class FakeSpace implements MeaningSpace {
        private final Map<String, Integer> groups = new HashMap<>();
        private final Map<String, Integer> others = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        FakeSpace same(String... texts) {
            int group = groups.size() + 1;
            for (String t : texts) {
                groups.put(t, group);
            }
            return this;
        }

        @Override
        public List<float[]> vectors(List<String> texts) {
            asked.addAll(texts);
            var out = new ArrayList<float[]>();
            for (String t : texts) {
                float[] v = new float[4096];
                int at = groups.containsKey(t) ? groups.get(t) : 1000 + others.computeIfAbsent(t, k -> others.size());
                v[at] = 1;
                out.add(v);
            }
            return out;
        }
    }

    @Test
    void aChinesePromptThatTranslatesALatinAnswerGivesItAway() {
        // GIVEN
        var space = new FakeSpace().same("web search", "网页搜索");
        var translations = new Translations(space);

        // WHEN
        boolean given = translations.givesAway("可实现网页搜索", "web-search");

        // THEN
        assertThat(given).isTrue();
        assertThat(translations.score("可实现网页搜索", "web-search")).contains(1.0);
    }

    @Test
    void aPromptThatSaysSomethingElseIsFit() {
        // GIVEN
        var translations = new Translations(new FakeSpace().same("web search", "网页搜索"));

        // WHEN / THEN
        assertThat(translations.givesAway("命令行错误提示功能", "you-should-use")).isFalse();
    }

    @Test
    void oneWordOfALongerNameIsEnough() {
        // GIVEN "粘贴…图片" for Paste Image: the prompt translates a word of the name
        var translations = new Translations(new FakeSpace().same("image", "图片"));

        // WHEN / THEN
        assertThat(translations.givesAway("可用于将复制到剪贴板中的图片直接粘贴", "Paste Image")).isTrue();
    }

    @Test
    void aLatinPromptThatNamesAChineseAnswerGivesItAway() {
        // GIVEN the other way round: "what is web-search?" answered by its Chinese description
        var translations = new Translations(new FakeSpace().same("web search", "网页搜索"));

        // WHEN / THEN
        assertThat(translations.givesAway("web-search", "可实现网页搜索")).isTrue();
        assertThat(translations.givesAway("Name it: the zsh plugin for web-search", "可实现网页搜索"))
                .isTrue();
    }

    @Test
    void theThresholdDecides() {
        // GIVEN a space where the pair is 0.6 alike
        MeaningSpace space = texts -> texts.stream()
                .map(t -> t.equals("logo") ? new float[] {1, 0} : new float[] {0.6f, 0.8f})
                .toList();

        // WHEN / THEN
        assertThat(new Translations(space, 0.6).givesAway("图标", "logo")).isTrue();
        assertThat(new Translations(space, 0.61).givesAway("图标", "logo")).isFalse();
        assertThatThrownBy(() -> new Translations(space, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
    }

    @Test
    void englishOnlyTextAndAnswerAreNeverEmbedded() {
        // GIVEN
        var space = new FakeSpace();
        var translations = new Translations(space);

        // WHEN
        boolean given = translations.givesAway("_____ is a serverless compute engine for containers.", "AWS Fargate");

        // THEN
        assertThat(given).isFalse();
        assertThat(space.asked).isEmpty();
    }

    @Test
    void textAndAnswerInOneScriptAreNotCompared() {
        // GIVEN a Chinese answer and a Chinese prompt: the character checks see those
        var space = new FakeSpace();
        var translations = new Translations(space);

        // WHEN
        var score = translations.score("这是数据在物理层面上的最小存储单位", "字节");

        // THEN
        assertThat(score).isEmpty();
        assertThat(space.asked).isEmpty();
    }

    @Test
    void withoutAModelNothingIsATranslation() {
        assertThat(Translations.NONE.givesAway("可实现网页搜索", "web-search")).isFalse();
    }

    @Test
    void latinPiecesAreTheNameItsWordsAndItsCamelCase() {
        assertThat(Translations.latinPieces("labelColor", "")).containsExactly("label color");
        assertThat(Translations.latinPieces("zsh-syntax-highlighting", ""))
                .contains("zsh syntax highlighting", "syntax", "highlighting", "syntax highlighting")
                .doesNotContain("zsh"); // a word under four letters alone matches too much
        // a word the prompt writes as it is is the plain checks' business
        assertThat(Translations.latinPieces("Python Snippets", "该插件可以让我们的 Python 编程更加高效"))
                .containsExactly("python snippets", "snippets");
    }

    @Test
    void cjkPiecesAreRunsOfTwoToFourCharactersAndLongerRunsWhole() {
        assertThat(Translations.cjkPieces("图标颜色（十六进制）"))
                .contains("图标", "标颜", "图标颜色", "十六进制", "十六")
                .doesNotContain("图", "（");
        assertThat(Translations.cjkPieces("可实现网页搜索")).contains("可实现网页搜索", "网页搜索");
    }

    @Test
    void aHeadingThatTranslatesTheAnswerIsNotShown() {
        // GIVEN
        var translations = new Translations(new FakeSpace().same("functions", "函数"));

        // WHEN
        String shown = translations.context("shell/Fish 函数笔记.md › 安装 › 自定义函数目录", "functions");

        // THEN
        assertThat(shown).isEqualTo("shell/… › 安装");
    }

    @Test
    void theGeneratorRejectsATranslatedPromptAndCountsWhy() {
        // GIVEN a table of plugins, one described by its name's translation
        var space = new FakeSpace().same("web search", "网页搜索");
        var generator = new QuestionGenerator(new AnswerGrader(), new Translations(space));
        var note = zshPlugins();

        // WHEN
        var result = generator.generate(List.of(note), List.of());

        // THEN
        assertThat(questions(result))
                .noneMatch(q -> q.answer().equals("web-search") && q.prompt().contains("网页搜索"));
        assertThat(questions(result)).anyMatch(q -> q.answer().equals("extract"));
        assertThat(result.rejects()).containsKey(Rejects.GIVEN_AWAY_TRANSLATED);
        assertThat(questions(new QuestionGenerator(new AnswerGrader()).generate(List.of(note), List.of())))
                .anyMatch(q -> q.answer().equals("web-search"));
    }

    @Test
    void theGeneratorNeverAsksTheModelAboutEnglishNotes() {
        // GIVEN a model that must not be asked
        MeaningSpace none = texts -> {
            throw new AssertionError("asked for " + texts);
        };

        // WHEN
        var result = new QuestionGenerator(new AnswerGrader(), new Translations(none))
                .generate(List.of(QuestionGeneratorTest.AWS, QuestionGeneratorTest.SERVERLESS), List.of());

        // THEN
        assertThat(result.items())
                .hasSameSizeAs(new QuestionGenerator(new AnswerGrader())
                        .generate(List.of(QuestionGeneratorTest.AWS, QuestionGeneratorTest.SERVERLESS), List.of())
                        .items());
    }

    private static Note zshPlugins() {
        String table = String.join(
                "\n",
                "插件 | 功能 | 使用说明",
                // (descriptions of ten characters or more: shorter ones are not asked at all)
                "z | 可根据访问频率在最近访问过的目录之间智能跳转。 | z <目录名>",
                "git | 可用ga、gc等简短的快捷命令代替常用的长命令。 | gc -m \"commit message\"",
                "extract | 提供一个命令，自动识别压缩包的格式并将其解压。 | x file_name.tar.gz",
                "web-search | 可在命令行中直接进行网页搜索并打开浏览器。 | google <搜索内容>",
                "you-should-use | 在命令输入错误或有别名可用时给出正确的命令提示。 | 在命令输入错误时，会给出正确的命令提示。",
                "zsh-completions | 为大量常用命令补充额外的命令行自动补齐规则。 | 在输入命令时按Tab键会自动补齐。");
        return new Note(
                "shell/zsh.md",
                "Zsh",
                List.of(),
                List.of(),
                List.of(new Section(List.of("Oh-My-Zsh", "功能插件"), "下面是我个人常用的一些插件：\n\n" + table, List.of())));
    }

    private static Stream<Question> forms(QuizItem i) {
        return Stream.concat(i.typed().stream(), i.choice().stream());
    }

    private static List<Question> questions(QuestionGenerator.Result r) {
        return r.items().stream().flatMap(TranslationsTest::forms).toList();
    }

    @Test
    void aLatinWordThatIsThePinyinOfTheOtherSideGivesTheAnswerAway() {
        Pinyin pinyin = han -> switch (han) {
            case "知乎" -> Set.of("zhihu");
            case "发布" -> Set.of("fabu");
            default -> Set.of();
        };
        var translations = new Translations(new FakeSpace(), pinyin);

        assertThat(translations.givesAway("_____：可用于 Markdown 文件在知乎上的一键发布。", "Zhihu On VSCode"))
                .isTrue();
        assertThat(translations.givesAway("Publishes Markdown notes to Zhihu in one click.", "知乎"))
                .isTrue();
        // no Latin word of the answer is the reading of a run of the prompt
        assertThat(translations.givesAway("_____：可用于 Markdown 文件在网上的一键分享。", "Zhihu On VSCode"))
                .isFalse();
        // without a reading table, nothing is spelt
        assertThat(new Translations(new FakeSpace()).givesAway("_____：可用于 Markdown 文件在知乎上的一键发布。", "Zhihu On VSCode"))
                .isFalse();
    }
}
