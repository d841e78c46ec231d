package com.studybot.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class HeadingAwareChunkerTest {
    private static String words(String word, int n) {
        return String.join(" ", java.util.Collections.nCopies(n, word)) + ".";
    }

    @Test
    void chunksNeverSpanTwoSections() {
        // GIVEN a note with two short sections
        var note = new Note(
                "a/b.md",
                "B",
                List.of(),
                List.of(),
                List.of(
                        new Section(List.of("Docker"), "Docker runs containers."),
                        new Section(List.of("Docker", "Dockerfile"), "A Dockerfile describes an image.")));
        // WHEN it is chunked
        List<Chunk> chunks = new HeadingAwareChunker(100, 160).chunk(note);
        // THEN each section gives its own chunk with its heading path, file and a stable id
        assertThat(chunks).extracting(Chunk::headingLabel).containsExactly("Docker", "Docker › Dockerfile");
        assertThat(chunks).extracting(Chunk::id).containsExactly("a/b.md#0", "a/b.md#1");
        assertThat(chunks).allSatisfy(c -> assertThat(c.file()).isEqualTo("a/b.md"));
        assertThat(chunks.get(1).citationLabel()).isEqualTo("a/b.md › Docker › Dockerfile");
    }

    @Test
    void longSectionsArePackedByParagraphNearTheTarget() {
        // GIVEN a section of five 60-word paragraphs
        String text = String.join("\n\n", java.util.Collections.nCopies(5, words("alpha", 60)));
        var note = new Note("n.md", "N", List.of(), List.of(), List.of(new Section(List.of("H"), text)));
        // WHEN it is chunked with target 100 and max 160
        List<Chunk> chunks = new HeadingAwareChunker(100, 160).chunk(note);
        // THEN paragraphs are packed two by two and the rest stands alone, none above the maximum
        assertThat(chunks).hasSize(3);
        assertThat(chunks).allSatisfy(c -> assertThat(TextSize.words(c.text())).isLessThanOrEqualTo(160));
    }

    @Test
    void anOverlongParagraphIsSplitBetweenSentences() {
        // GIVEN one paragraph of 30 sentences of 10 words
        String paragraph = String.join(" ", java.util.Collections.nCopies(30, words("beta", 10)));
        var note = new Note("n.md", "N", List.of(), List.of(), List.of(new Section(List.of(), paragraph)));
        // WHEN it is chunked
        List<Chunk> chunks = new HeadingAwareChunker(100, 160).chunk(note);
        // THEN it is split into several chunks that end at sentence ends
        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks).allSatisfy(c -> assertThat(c.text()).endsWith("."));
    }

    @Test
    void chineseTextCountsTwoCharactersAsAWord() {
        assertThat(TextSize.words("容器编排")).isEqualTo(2.0);
        assertThat(TextSize.words("Docker 容器")).isEqualTo(2.0);
    }

    @Test
    void changedTextChangesTheHashButNotTheId() {
        var before = new Note("n.md", "N", List.of(), List.of(), List.of(new Section(List.of("H"), "one")));
        var after = new Note("n.md", "N", List.of(), List.of(), List.of(new Section(List.of("H"), "two")));
        var chunker = new HeadingAwareChunker(100, 160);
        Chunk a = chunker.chunk(before).get(0);
        Chunk b = chunker.chunk(after).get(0);
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(a.contentHash()).isNotEqualTo(b.contentHash());
    }

    @Test
    void rejectsAMaximumBelowTheTarget() {
        assertThatThrownBy(() -> new HeadingAwareChunker(100, 50)).hasMessageContaining("maxWords");
    }
}
