package com.studybot.core.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names the notes introduce in so many words ("called …", "known as …", "称为…") are key terms of their section. */
final class IntroducedTermsTest {
    @Test
    void namesAfterIntroducingWordsAreFound() {
        // lines of the deep-learning course notes (../shared/testdata/deeplearning-ai-notes), none of them bold
        assertThat(IntroducedTerms.of("- There is an technique called gradient checking which tells you if your"
                        + " implementation of backpropagation is correct."))
                .containsExactly("gradient checking");
        assertThat(IntroducedTerms.of("- A most common technique to implement dropout is called \"Inverted dropout\"."))
                .containsExactly("Inverted dropout");
        assertThat(IntroducedTerms.of("- This is a process we call orthogonalization."))
                .containsExactly("orthogonalization");
        assertThat(IntroducedTerms.of("- The idea of using a network trained on a different task and applying it to a"
                        + " new task is called transfer learning."))
                .containsExactly("transfer learning");
        assertThat(IntroducedTerms.of("- A 1 x 1 Conv here is called Bottleneck BN."))
                .containsExactly("Bottleneck");
        assertThat(IntroducedTerms.of("注：竞争条件又被称之为竞态条件，它指的是一个系统或者进程的输出依赖于…")).containsExactly("竞态条件");
    }

    @Test
    void clausesPronounsAndChineseRunsAreNoNames() {
        assertThat(IntroducedTerms.of("This is called that.")).isEmpty();
        assertThat(IntroducedTerms.of("a file called 42 in the folder")).isEmpty();
        // five words or more after "called": a clause, not a name
        assertThat(IntroducedTerms.of("it is called when the user clicks the button twice"))
                .isEmpty();
        assertThat(IntroducedTerms.of("the method called every time a quiz ends saves the answers"))
                .isEmpty();
        // a long Chinese run, or one with a particle, is a clause rather than one name
        assertThat(IntroducedTerms.of("早年都学过一门叫做软件工程的课，背下来一些概念")).isEmpty();
        assertThat(IntroducedTerms.of("这是通过被称为分支管理的操作来实现的。")).isEmpty();
    }

    @Test
    void theNoteKeepsItsBoldTermsFirstAndGainsTheIntroducedOnes() {
        var section = new Section(
                List.of("Regularization", "Dropout"),
                "- A most common technique to implement dropout is called \"Inverted dropout\".\n- **Dropout** drops units.",
                List.of("Dropout"));
        var note = new Note("course.md", "course", List.of(), List.of(), List.of(section));
        assertThat(IntroducedTerms.withIntroduced(note).sections().get(0).keyTerms())
                .containsExactly("Dropout", "Inverted dropout");
        var plain =
                new Note("plain.md", "plain", List.of(), List.of(), List.of(new Section(List.of("A"), "No names.")));
        assertThat(IntroducedTerms.withIntroduced(plain)).isSameAs(plain);
    }
}
