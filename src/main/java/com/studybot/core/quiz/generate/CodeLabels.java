package com.studybot.core.quiz.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A glossary label that names a piece of code and says what kind it is: "`config.vm.network`选项", "`EXPOSE
 * <端口号>` 指令", "`-d`参数", "`CMD` instruction". The thing is the code's name (config.vm.network, EXPOSE, -d); the
 * kind word and the placeholders of its syntax are the label's, not the name's, so a question asks for the name
 * and the thing's siblings (the other options, the other instructions) stand beside it.
 */
final class CodeLabels {
    /** The code: an option, a dotted or underscored identifier, or an upper-case keyword; one or two tokens. */
    private static final String CODE = "(?:--?[A-Za-z0-9][\\w-]*|[A-Za-z_][\\w-]*(?:[._:/][\\w-]+)+|[A-Z][A-Z0-9_]+"
            + "|[a-z][a-z0-9_-]*(?=\\s*(?:<|\\[|\\p{IsHan})))";

    private static final Pattern LABEL = Pattern.compile("^(" + CODE + "(?:\\s+" + CODE + ")?)"
            + "(?:\\s*(?:<[^<>]{1,24}>|\\[[^\\[\\]]{1,40}]))*" // "<端口号>", "[:<用户组>]": the syntax's slots
            + "\\s*(选项|指令|命令|参数|函数|方法|属性|字段|插件|变量|配置项|模块|"
            + "(?i:options?|flags?|instructions?|commands?|parameters?|functions?|methods?|properties|property|"
            + "fields?|plugins?|directives?|settings?|variables?|keywords?))$");

    private CodeLabels() {}

    /** A label's code and the kind it says the code is ("instruction", "指令"), lower case and singular. */
    record Label(String name, String kind) {}

    /** The label {@code term} is, or empty when it is no such label. */
    static java.util.Optional<Label> of(String term) {
        Matcher m = LABEL.matcher(term.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String k = m.group(2).toLowerCase(java.util.Locale.ROOT);
        return java.util.Optional.of(
                new Label(m.group(1), k.equals("properties") ? "property" : k.replaceFirst("s$", "")));
    }
}
