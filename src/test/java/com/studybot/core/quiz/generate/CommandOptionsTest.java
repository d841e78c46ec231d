package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.AnswerGrader;
import com.studybot.core.quiz.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandOptionsTest {
    private static Question choice(String answer, List<String> options) {
        return new Question(
                "uniq-c",
                "Which of these is described as “show number of occurences for each line”?",
                answer,
                List.of(),
                options,
                "linux-cheatsheet.pdf › uniq",
                "- -c / --count: show number of occurences for each line");
    }

    @Test
    void optionsAreShownByTheirFirstFormSoTheLongNameGivesNothingAway() {
        // from a blind review of the Linux cheat sheet: "--count" says "number of occurrences" again (rated WEAK)
        Question q = CommandOptions.firstForms(
                choice("-c / --count", List.of("-c / --count", "-b / --backup", "-d / --repeated", "-1")));
        assertThat(q.options()).containsExactly("-c", "-b", "-d", "-1");
        assertThat(q.answer()).isEqualTo("-c");
        // and every form the notes give is still right when typed
        var grader = new AnswerGrader();
        for (String typed : List.of("-c", "--count", "-c / --count")) {
            assertThat(grader.grade(typed, q.answer(), q.aliases()).correct())
                    .as(typed)
                    .isTrue();
        }
    }

    @Test
    void optionsWhoseFirstFormsWouldRepeatOrThatAreNoOptionsStayAsTheyAre() {
        Question repeated = choice("-c / --count", List.of("-c / --count", "-c / --bytes", "-d / --repeated"));
        assertThat(CommandOptions.firstForms(repeated)).isEqualTo(repeated);
        Question names = choice("git", List.of("git", "svn", "hg"));
        assertThat(CommandOptions.firstForms(names)).isEqualTo(names);
    }

    @Test
    void theLastOptionOfALongListKeepsItsCommand() {
        // obsidian-cs-notes-zh, Docker 使用笔记: "-e" comes after the long "-v", "-d" and "-p" lines, more than the
        // lead-in's reach from "docker container run [参数]"; its question showed "该命令" with no command (rated WEAK)
        String filler = "该参数用于设置容器与其宿主机之间的目录映射关系，它后面通常会紧跟着两个目录参数，第一个是宿主机上的目录，".repeat(3);
        String passage = "启动容器的简便方式是使用docker container run [参数] <镜像名> [指定应用]命令。在这里，我们使用以下参数：\n\n"
                + "- `-i`：该参数用于告知该命令以“交互模式”运行容器。\n"
                + "- `-v`：" + filler + "\n"
                + "- `-d`：" + filler + "\n"
                + "- `-p`：" + filler + "\n"
                + "- `-e`：该参数用于为容器设置环境变量。\n\n"
                + "例如，我们可以接下来通过这个命令来使用 Ubuntu 镜像。";
        assertThat(CommandOptions.command(passage, "- `-e`：该参数用于为容器设置环境变量。")).contains("docker container run");
        assertThat(CommandOptions.command(passage, "例如，我们可以接下来通过这个命令")).isEmpty();
    }
}
