package com.studybot.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class WrittenNamesTest {
    @Test
    void acronymsInnerCapitalsAndCapitalisedWordsAfterTheFirstAreNames() {
        assertThat(WrittenNames.of("How is Podman different from LXC containers?"))
                .containsExactly("Podman", "LXC");
        assertThat(WrittenNames.of("What is the price of a Google Cloud Spanner node per hour?"))
                .containsExactly("Google", "Cloud", "Spanner");
        assertThat(WrittenNames.of("how do i turn on AddressSanitizer with clang"))
                .containsExactly("AddressSanitizer");
        assertThat(WrittenNames.of("如何在 Windows 上配置 WSL2 的 GPU 驱动？")).containsExactly("Windows", "WSL2", "GPU");
    }

    @Test
    void theWordThatOpensASentenceIsNoNameButInAChineseQuestionItIs() {
        assertThat(WrittenNames.of("Which port does it use? Docker maps it.")).isEmpty();
        assertThat(WrittenNames.of("What runs the pods")).isEmpty();
        assertThat(WrittenNames.of("Rust 的所有权机制是什么？")).containsExactly("Rust");
    }

    @Test
    void shorthandsOfWordsAndTheWordIAreNoNames() {
        // "win98" and "v1.0" shorten words the notes may spell out ("Windows 98"); "I" is no name
        assertThat(WrittenNames.of("win98 为啥不算真正的32位系统")).isEmpty();
        assertThat(WrittenNames.of("how do I create a version tag like v1.0")).isEmpty();
    }

    @Test
    void aQuestionWrittenInCapitalsOrTitleCaseNamesNothingByItsCapitals() {
        assertThat(WrittenNames.of("HOW DO I RESET MY PASSWORD")).isEmpty();
        assertThat(WrittenNames.of("How Do I Reset My Password In IAM")).isEmpty();
        // a few names among plain words are still names, several of them in a short question too
        assertThat(WrittenNames.of("How do I configure Azure Container Instances?"))
                .containsExactly("Azure", "Container", "Instances");
        assertThat(WrittenNames.of("Is GELU or Swish better than ReLU for hidden layers"))
                .containsExactly("GELU", "Swish", "ReLU");
    }

    @Test
    void anAcronymIsSpeltOutByWordsWithItsLettersAsInitials() {
        assertThat(WrittenNames.spelledOut("PR", "Open a pull request to discuss the change."))
                .isTrue();
        assertThat(WrittenNames.spelledOut("PR", "Pull the changes, then open a request."))
                .isFalse();
        assertThat(WrittenNames.spelledOut("Podman", "Pods are managed by the node."))
                .isFalse();
    }
}
