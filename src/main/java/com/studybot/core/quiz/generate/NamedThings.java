package com.studybot.core.quiz.generate;

import com.studybot.core.common.Terms;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a term the notes mark (bold, a list label, a heading) names a thing a quiz may ask for, or is only
 * part of how the notes are laid out: a label ("Note", "Benefits", "Types", 注意), a caption ("表 1", "Figure 3"),
 * a count ("Two launch modes"), a phrase ("multiple AWS accounts", 以 Debian 项目为基础的发行版). Such terms are
 * never answers and never distractors. The words are those of document structure, not of any field.
 */
final class NamedThings {
    private static final Set<String> LABELS = Set.of(
            // English: words that label a part of a note, whatever the field
            "note",
            "nb",
            "tip",
            "hint",
            "warning",
            "caution",
            "important",
            "info",
            "information",
            "remember",
            "remark",
            "summary",
            "overview",
            "introduction",
            "intro",
            "conclusion",
            "example",
            "e g",
            "eg",
            "definition",
            "description",
            "detail",
            "feature",
            "key feature",
            "benefit",
            "advantage",
            "disadvantage",
            "pro",
            "con",
            "pros and cons",
            "limitation",
            "use case",
            "usage",
            "type",
            "kind",
            "category",
            "key point",
            "main point",
            "takeaway",
            "key takeaway",
            "reference",
            "resource",
            "link",
            "source",
            "question",
            "answer",
            "solution",
            "exercise",
            "task",
            "goal",
            "objective",
            "prerequisite",
            "requirement",
            "step",
            "purpose",
            "result",
            "output",
            "input",
            "syntax",
            "option",
            "parameter",
            "argument",
            "return",
            "default",
            "see also",
            "related",
            "todo",
            "fixme",
            "update",
            "edit",
            "credit",
            "license",
            "licence",
            "author",
            "date",
            "table",
            "figure",
            "image",
            "diagram",
            "chapter",
            "section",
            "part",
            "lesson",
            "module",
            "unit",
            "page",
            "course",
            "week",
            "day",
            "exam",
            "quiz",
            "test",
            "practice",
            "review",
            "cheat sheet",
            "case study",
            "demo",
            "lab",
            "pricing",
            "price",
            "cost",
            "why",
            "how",
            "what",
            "when",
            "where",
            "who",
            "other",
            "others",
            "misc",
            "miscellaneous",
            "general",
            "basics",
            "basic",
            "notice",
            "explanation",
            "comment",
            "context",
            "background",
            "problem",
            "issue",
            "idea",
            "concept",
            "term",
            "terminology",
            "keyword",
            "approach",
            "method",
            "way",
            "case",
            "scenario",
            "point",
            "thing",
            "item",
            "list",
            "fact",
            "rule",
            "tl dr",
            "tldr",
            "faq",
            "q",
            "a",
            "use",
            "main",
            "more",
            "less",
            "better",
            "vs",
            "versus",
            "do not",
            "don t",
            "intuition",
            "observation",
            "instruction",
            "version",
            "best practice");
    private static final Set<String> CJK_LABELS = Set.of(
            "注意", "注", "提示", "说明", "备注", "总结", "小结", "概述", "简介", "介绍", "示例", "例子", "例如", "比如", "优点", "缺点", "优势", "劣势",
            "特点", "特性", "功能", "用法", "用途", "步骤", "方法", "原因", "目的", "结果", "参考", "参考资料", "资料", "链接", "问题", "答案", "定义",
            "类型", "种类", "分类", "图", "表", "附录", "前言", "背景", "结论", "补充", "扩展阅读", "延伸阅读", "注意事项", "常见问题", "安装", "配置", "使用",
            "作用", "意义", "原理", "解释", "区别", "联系", "要点", "重点", "难点", "思考", "练习", "习题", "作业", "其他", "其它", "基础", "概念", "术语",
            "场景", "应用", "案例", "警告", "注解");
    private static final Pattern CAPTION = Pattern.compile(
            "^(?:图|表|figure|fig|table|listing|image|diagram|chart|screenshot|截图|代码|清单)\\s*[.:：]?\\s*[A-Z]?[-.]?[0-9一二三四五六七八九十]+.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT = Pattern.compile(
            "^(?:\\d+|no|not|important|main|general|common|misc|one|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|some|all|each|every|"
                    + "various|different|other|more|most|few|a few|both|these|those|this|that|our|your|my|"
                    + "[一二三四五六七八九十两几多]+\\s*[种个类条项点步大])\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** A Chinese label that starts with a verb is advice ("迁移到 PostgreSQL", "尝试 NoSQL"), not a thing. */
    private static final Pattern CJK_ACTION =
            Pattern.compile("^(?:尝试|迁移|使用|安装|学习|理解|掌握|了解|配置|设置|创建|编写|阅读|选择|避免|注意|建议|如何|怎样|怎么|为什么|开始|完成|"
                    + "打开|关闭|启用|禁用|执行|运行|添加|删除|修改|查看|检查|下载|更新|升级|准备|确保|记住|不要|可以|需要)");
    /**
     * A verb or a conjunction makes a label a sentence: "AWS Outposts are server racks", "Common use cases include",
     * a slogan ("Save when you reserve", rated WEAK as an answer to type).
     */
    private static final Pattern CLAUSE = Pattern.compile(
            "\\s(?:is|are|was|were|include|includes|should|can|will|must|has|have|does|do|means|allows|lets"
                    + "|when|if|because|unless|whenever)(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);
    /** A heading naming an activity, not a thing: "Using Open-Source Implementation", "Choosing a service". */
    private static final Pattern ACTIVITY = Pattern.compile(
            "^(?:using|building|improving|choosing|getting|setting up|creating|making|understanding|working|"
                    + "implementing|handling|addressing|structuring|debugging|deploying|managing|writing|"
                    + "installing|configuring|comparing|picking|selecting|avoiding)\\s",
            Pattern.CASE_INSENSITIVE);

    /** Last words of a heading that names a part of a note, not a thing: "Amazon ElastiCache Overview". */
    private static final Set<String> LABEL_TAILS = Set.of(
            "overview",
            "summary",
            "introduction",
            "intro",
            "basic",
            "type",
            "feature",
            "option",
            "benefit",
            "advantage",
            "disadvantage",
            "example",
            "note",
            "tip",
            "fundamental",
            "characteristic",
            "consideration",
            "setting",
            "detail",
            "concept",
            "recap",
            "review",
            "question",
            "exercise",
            "include");
    /** Characters that make a run of Chinese a phrase or clause rather than a name. */
    private static final Pattern CJK_CLAUSE = Pattern.compile("[的是了要也都就把被让从对在和与或等]|一定|可以|需要|如何|为什么");

    private NamedThings() {}

    /**
     * Two things joined and a plain noun after them, "JSON and YAML output" under a tool's key features: what a tool
     * does with two things, no name of its own (asked typed, rated BROKEN in a blind review of the exam notes: "JSON
     * output" or "--output" answer it as well). Names write their last word capitalised ("Identity and Access
     * Management").
     */
    private static final Pattern JOINED_FEATURE = Pattern.compile("\\S.*\\s(?:and|or|&)\\s.*\\S\\s+\\p{Ll}+");

    /** Why {@code term} is no named thing, or empty when it is one. */
    static Optional<String> notAThing(String term) {
        String t = term.strip()
                .replaceFirst("^[*_`\"“”'‘’]+", "")
                .replaceFirst("[*_`\"“”'‘’:：]+$", "")
                .strip();
        if (t.isEmpty()) {
            return Optional.of("empty");
        }
        if (t.codePointCount(0, t.length()) < 2
                || t.matches("(?i)he|she|it|they|we|you|i|me|him|her|them|us|this|that")) {
            return Optional.of("letter or pronoun");
        }
        if (t.matches("\\p{Ll}+ly")) {
            return Optional.of("adverb");
        }
        if (CAPTION.matcher(t).matches()) {
            return Optional.of("caption");
        }
        String norm = Words.norm(t);
        if (LABELS.contains(norm) || LABELS.contains(singular(norm)) || CJK_LABELS.contains(t.replaceAll("\\s+", ""))) {
            return Optional.of("label");
        }
        if (COUNT.matcher(t).matches() && !acronymOrName(t)) {
            return Optional.of("count or quantifier");
        }
        if (t.endsWith("?") || t.endsWith("？")) {
            return Optional.of("question");
        }
        if (t.matches(".*\\S\\s*[,，、]\\s*\\S.*") && !t.matches(".*\\d,\\d.*")) {
            // "Application Load Balancer, API Gateway, CloudFront" bold in a list line: several things, and as an
            // option beside one of them, a second right answer
            return Optional.of("list of things");
        }
        if (ACTIVITY.matcher(t).find()) {
            return Optional.of("activity");
        }
        if (JOINED_FEATURE.matcher(t).matches()) {
            return Optional.of("feature of two things");
        }
        if (CLAUSE.matcher(t).find() || t.matches(".*[“”\"].*")) {
            return Optional.of("clause");
        }
        String[] words = norm.split(" ");
        if (words.length > 1 && LABEL_TAILS.contains(Terms.stem(words[words.length - 1]))) {
            return Optional.of("heading of a part");
        }
        if (t.matches(".*(?:插件|库|工具|方法|环境|机制|问题|兼容性|命令|功能|选项)$") && !t.matches("\\p{IsHan}{1,2}")) {
            return Optional.of("category"); // "VSCode 插件", "Python 库", "版本兼容性": a kind of thing, not one
        }
        if (t.matches("\\p{L}[\\p{Ll}]+ed")) {
            return Optional.of("participle"); // "Reserved"
        }
        if (CJK_ACTION.matcher(t).find()) {
            return Optional.of("action");
        }
        String han = CJK.matcher(t).results().map(r -> r.group()).reduce("", String::concat);
        if (han.length() > 6 || (han.length() > 2 && CJK_CLAUSE.matcher(han).find())) {
            return Optional.of("phrase");
        }
        return Optional.empty();
    }

    /** A description that only lists names ("Boston, Chicago, Dallas, Houston, Miami"): examples, no definition. */
    static boolean listOfNames(String description) {
        String[] items = description.strip().replaceAll("[.;]+$", "").split("\\s*(?:,|、|，|\\band\\b)\\s*");
        if (items.length < 3) {
            return false;
        }
        return Arrays.stream(items)
                .filter(i -> !i.isBlank())
                .allMatch(i -> Words.count(i) <= 3
                        && Arrays.stream(i.strip().split("\\s+")).allMatch(Words::capitalised));
    }

    static boolean isThing(String term) {
        return notAThing(term).isEmpty();
    }

    /** "Two" as a name ("Two-Phase Commit" is one), an acronym or a mixed-case name starting a count-like word. */
    private static boolean acronymOrName(String t) {
        String[] words = t.split("\\s+");
        return words.length > 1
                && Arrays.stream(words).allMatch(Words::capitalised)
                && !t.matches("(?i)^\\d.*")
                && Arrays.stream(words).skip(1).noneMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)));
    }

    private static String singular(String norm) {
        String[] words = norm.split(" ");
        words[words.length - 1] = Terms.stem(words[words.length - 1]);
        return String.join(" ", words);
    }
}
