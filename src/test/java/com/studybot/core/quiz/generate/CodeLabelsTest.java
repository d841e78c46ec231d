package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Labels from the Chinese vault's Vagrant and Docker notes and English cheat-sheet shapes. */
final class CodeLabelsTest {
    @Test
    void aLabelledPieceOfCodeIsItsName() {
        assertThat(name("config.vm.network选项")).contains("config.vm.network");
        assertThat(name("EXPOSE <端口号> 指令")).contains("EXPOSE");
        assertThat(name("USER <用户名>[:<用户组>] 指令")).contains("USER");
        assertThat(name("ADD <源文件路径> <容器内路径>指令")).contains("ADD");
        assertThat(name("-d参数")).contains("-d");
        assertThat(name("--force option")).contains("--force");
        assertThat(name("CMD instruction")).contains("CMD");
        assertThat(name("wildcard函数")).contains("wildcard");
    }

    @Test
    void theLabelSaysTheKind() {
        assertThat(CodeLabels.of("EXPOSE <端口号> 指令").map(CodeLabels.Label::kind)).contains("指令");
        assertThat(CodeLabels.of("WORKDIR <path> Instructions").map(CodeLabels.Label::kind))
                .contains("instruction");
    }

    @Test
    void namesThatHoldAKindWordAreNoLabels() {
        for (String name : java.util.List.of(
                "Lambda function", "Step Functions", "使用 make 内建的wildcard函数", "config.vm.network", "Global settings")) {
            assertThat(CodeLabels.of(name)).as(name).isEmpty();
        }
    }

    private static java.util.Optional<String> name(String term) {
        return CodeLabels.of(term).map(CodeLabels.Label::name);
    }
}
