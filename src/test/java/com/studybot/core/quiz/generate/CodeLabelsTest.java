package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels from the Chinese vault's Vagrant and Docker notes and English cheat-sheet shapes. */
final class CodeLabelsTest {
    @Test
    void aLabelledPieceOfCodeIsItsName() {
        assertThat(CodeLabels.name("config.vm.network选项")).isEqualTo("config.vm.network");
        assertThat(CodeLabels.name("EXPOSE <端口号> 指令")).isEqualTo("EXPOSE");
        assertThat(CodeLabels.name("USER <用户名>[:<用户组>] 指令")).isEqualTo("USER");
        assertThat(CodeLabels.name("ADD <源文件路径> <容器内路径>指令")).isEqualTo("ADD");
        assertThat(CodeLabels.name("-d参数")).isEqualTo("-d");
        assertThat(CodeLabels.name("--force option")).isEqualTo("--force");
        assertThat(CodeLabels.name("CMD instruction")).isEqualTo("CMD");
        assertThat(CodeLabels.name("wildcard函数")).isEqualTo("wildcard");
    }

    @Test
    void theLabelSaysTheKind() {
        assertThat(CodeLabels.kind("EXPOSE <端口号> 指令")).contains("指令");
        assertThat(CodeLabels.kind("WORKDIR <path> Instructions")).contains("instruction");
        assertThat(CodeLabels.kind("Lambda function")).isEmpty();
    }

    @Test
    void namesThatHoldAKindWordStay() {
        assertThat(CodeLabels.name("Lambda function")).isEqualTo("Lambda function");
        assertThat(CodeLabels.name("Step Functions")).isEqualTo("Step Functions");
        assertThat(CodeLabels.name("使用 make 内建的wildcard函数")).isEqualTo("使用 make 内建的wildcard函数");
        assertThat(CodeLabels.name("config.vm.network")).isEqualTo("config.vm.network");
        assertThat(CodeLabels.name("Global settings")).isEqualTo("Global settings");
    }
}
