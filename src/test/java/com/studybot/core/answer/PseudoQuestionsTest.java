package com.studybot.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudoQuestionsTest {
    @Test
    void aQuizPromptIsAskedBackAsAStudentsQuestion() {
        assertThat(PseudoQuestions.of("Which of these is described as “Runs containers without managing servers”?"))
                .contains("what is runs containers without managing servers?");
        assertThat(PseudoQuestions.of("Which of these is a monitoring service for AWS resources?"))
                .contains("which is a monitoring service for AWS resources?");
        assertThat(PseudoQuestions.of("Name it: A managed NoSQL database."))
                .contains("what is a managed NoSQL database?");
        assertThat(PseudoQuestions.of("Which keys: Abort running program.")).contains("what is abort running program?");
        assertThat(PseudoQuestions.of("Which command: Go to another directory."))
                .contains("what is go to another directory?");
        assertThat(PseudoQuestions.of("Each layer in _____ has a new variable C which is the memory cell."))
                .contains("Each layer in what has a new variable C which is the memory cell?");
        assertThat(PseudoQuestions.of("What does RNN stand for?")).contains("What does RNN stand for?");
        assertThat(PseudoQuestions.of("Which of these is listed under “Bandwidth” as “scale up to 100 Gbps”?"))
                .contains("which has “scale up to 100 Gbps” as its bandwidth?");
        assertThat(PseudoQuestions.of("IAM policies are written in JSON")).isEmpty();
    }

    @Test
    void chinesePromptsBecomeChineseQuestions() {
        assertThat(PseudoQuestions.of("下列哪一项符合这段描述：“用于构建卡片盒笔记系统的工具”？")).contains("用于构建卡片盒笔记系统的工具是什么？");
        assertThat(PseudoQuestions.of("下列哪一项是对“ninja -t browse”的描述？")).contains("ninja -t browse是什么？");
        assertThat(PseudoQuestions.of("（docker container run 的参数）写出对应的名称：为容器设置环境变量。"))
                .contains("为容器设置环境变量，这是什么？");
        assertThat(PseudoQuestions.of("_____：该插件用于自动检测JavaScript代码中存在的语法问题与格式问题。"))
                .contains("该插件用于自动检测JavaScript代码中存在的语法问题与格式问题，这是什么？");
        assertThat(PseudoQuestions.of("为了解决这一问题，人们发明出了一种被称之为 _____ 的数据存储系统。"))
                .contains("为了解决这一问题，人们发明出了一种被称之为 什么 的数据存储系统？");
    }

    @Test
    void aPromptWithTwoBlanksIsNoQuestion() {
        assertThat(PseudoQuestions.of("_____ and _____ are both storage services."))
                .isEmpty();
    }
}
