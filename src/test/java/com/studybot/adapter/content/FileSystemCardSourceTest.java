package com.studybot.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.quiz.Card;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FileSystemCardSourceTest {
    @TempDir
    Path root;

    @Test
    void cardsComeFromNotesAndExportedDecksButNotFromHiddenFolders() throws IOException {
        // GIVEN a note with a card, a Quizlet TSV, an Anki text export and a hidden folder with a card
        Files.writeString(root.resolve("note.md"), "# K8s\nWhat is a pod::the smallest deployable unit\n");
        Files.writeString(root.resolve("quizlet.tsv"), "ECS\tAWS container orchestrator\n");
        Files.writeString(root.resolve("anki.txt"), "#separator:tab\n#deck:Docker\nDockerfile\tbuild recipe\n");
        Files.createDirectories(root.resolve(".trash"));
        Files.writeString(root.resolve(".trash/old.md"), "gone::yes\n");
        // WHEN the cards are read
        List<Card> cards = new FileSystemCardSource(root, 100_000).cards();
        // THEN all three kinds of file give their cards, cited by file and heading or deck
        assertThat(cards)
                .extracting(Card::citationLabel)
                .containsExactlyInAnyOrder("note.md › K8s", "quizlet.tsv › quizlet", "anki.txt › Docker");
    }
}
