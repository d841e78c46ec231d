package com.studybot.core.quiz.generate;

import com.studybot.core.quiz.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    private static final Pattern OPTION = Pattern.compile("--?[A-Za-z0-9][\\w-]*(?:\\s*/\\s*--?[A-Za-z0-9][\\w-]*)*");

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
        at = listStart(passage, at);
        String before = passage.substring(Math.max(0, at - LEAD_IN), at);
        Matcher m = COMMAND.matcher(before);
        String found = null;
        while (m.find()) {
            found = m.group(1).strip();
        }
        return Optional.ofNullable(found).filter(c -> !line.contains(c));
    }

    /** A line of a list of options: "- `-e`：…", "* -v, --verbose: …". */
    private static final Pattern OPTION_LINE = Pattern.compile("^\\s*[-*]\\s+`?--?[A-Za-z0-9].*");

    /**
     * Where the list of options holding the line at {@code at} starts: the lead-in is measured from there, so the
     * last option of a long list ("-e" after the long "-d" and "-p" of docker container run) keeps its command.
     */
    private static int listStart(String passage, int at) {
        int start = passage.lastIndexOf('\n', at - 1) + 1;
        while (start > 0) {
            int previous = passage.lastIndexOf('\n', start - 2) + 1;
            if (!OPTION_LINE.matcher(passage.substring(previous, start - 1)).matches()) {
                break;
            }
            start = previous;
        }
        return start;
    }

    /** {@code prompt} with the command named first: "（docker container run 的参数）写出对应的名称：…". */
    static String named(String prompt, String command) {
        return "（" + command + " 的参数）" + prompt;
    }

    /**
     * A multiple-choice question among a command's options, its options shown by their first form ("-c" for "-c /
     * --count"): the long name often says the description again ("show number of occurrences" → --count), so it
     * would give the answer away; the grader still takes every form, and the quote shows them after the answer.
     * Left as it is when the options are not all options or their first forms would repeat.
     */
    static Question firstForms(Question q) {
        if (q.options().size() < 2 || !q.options().stream().allMatch(CommandOptions::option)) {
            return q;
        }
        List<String> shown = q.options().stream().map(CommandOptions::firstForm).toList();
        if (shown.equals(q.options()) || new HashSet<>(shown).size() != shown.size()) {
            return q;
        }
        var aliases = new ArrayList<>(q.aliases());
        for (String form : q.answer().split("\\s*/\\s*")) {
            if (!form.isBlank() && !aliases.contains(form.strip())) {
                aliases.add(form.strip());
            }
        }
        if (!aliases.contains(q.answer())) {
            aliases.add(q.answer());
        }
        aliases.remove(firstForm(q.answer()));
        return new Question(
                q.id(), q.prompt(), firstForm(q.answer()), aliases, shown, q.citation(), q.quote(), q.context());
    }

    private static String firstForm(String option) {
        return option.split("\\s*/\\s*")[0].strip();
    }
}
