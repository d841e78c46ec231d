package com.studybot.core.quiz.generate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions on a command's options name the command when the notes name it only in the sentence that leads into
 * the list: Chinese notes write "启动容器的简便方式是使用 docker container run [参数] <镜像名> 命令。我们在该命令中使用以下参数：" and
 * then "- -i：告知该命令以“交互模式”运行容器", so "写出对应的名称：告知该命令以“交互模式”运行容器" leaves the student to guess
 * which command. Only a run of Latin words set in Chinese text is taken for the command: in English prose any
 * lower-case words would match.
 */
final class CommandOptions {
    /** An option, or an option with its long form: "-i", "--name", "-f / --force". */
    private static final Pattern OPTION = Pattern.compile("--?[A-Za-z][\\w-]*(?:\\s*/\\s*--?[A-Za-z][\\w-]*)*");

    /** A command line of two to four lower-case words between Chinese text (or its punctuation). */
    private static final Pattern COMMAND = Pattern.compile(
            "(?<=[\\p{IsHan}，。：；、（“])\\s*([a-z][a-z0-9_.-]*(?: [a-z][a-z0-9_.-]*){1,3})(?=[\\s\\[<(]*[^\\x00-\\x7F]|\\s*\\[|\\s*<)");

    /** How far before the option's line the lead-in may be. */
    private static final int LEAD_IN = 400;

    private CommandOptions() {}

    static boolean option(String answer) {
        return OPTION.matcher(answer.strip()).matches();
    }

    /**
     * The command whose options the list holding {@code line} gives, when {@code passage} names it in Chinese
     * text shortly before that line and the line does not name it itself.
     */
    static Optional<String> command(String passage, String line) {
        int at = passage.indexOf(line);
        if (at < 0) {
            return Optional.empty();
        }
        String before = passage.substring(Math.max(0, at - LEAD_IN), at);
        Matcher m = COMMAND.matcher(before);
        String found = null;
        while (m.find()) {
            found = m.group(1).strip();
        }
        return Optional.ofNullable(found).filter(c -> !line.contains(c));
    }

    /** {@code prompt} with the command named first: "（docker container run 的参数）写出对应的名称：…". */
    static String named(String prompt, String command) {
        return "（" + command + " 的参数）" + prompt;
    }
}
