package com.studybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuickCompilerTest {
    @Test
    void aDirectiveIsAddedToARunningJvm() throws Exception {
        QuickCompiler.Outcome outcome = QuickCompiler.add();
        try {
            assertThat(outcome).isEqualTo(QuickCompiler.Outcome.ADDED);
        } finally {
            if (outcome == QuickCompiler.Outcome.ADDED) {
                QuickCompiler.removeLast(); // the other tests of this JVM keep C2
            }
        }
    }

    @Test
    void theLaunchersOrTheUsersChoiceStands() {
        assertThat(QuickCompiler.chosenByFlags(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1"), null))
                .isTrue();
        assertThat(QuickCompiler.chosenByFlags(List.of("-XX:CompilerDirectivesFile=mine.json"), null))
                .isTrue();
        assertThat(QuickCompiler.chosenByFlags(List.of("-XX:-TieredCompilation"), null))
                .isTrue();
        assertThat(QuickCompiler.chosenByFlags(List.of(), "full")).isTrue();
        assertThat(QuickCompiler.chosenByFlags(List.of("-Xmx1g", "-Dfile.encoding=UTF-8"), null))
                .isFalse();
    }
}
