package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.content.Chunk;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A chunk's analysed terms survive being stored; anything else stored there is not taken for them. */
final class ChunkTermsTest {
    private static Analyzer english;
    private static Analyzer chinese;

    @BeforeAll
    static void analysers() {
        english = Analyzers.english();
        chinese = Analyzers.chinese();
    }

    @AfterAll
    static void close() {
        english.close();
        chinese.close();
    }

    private static Chunk chunk(String file, List<String> headings, String text) {
        return new Chunk(file + "#0", file, headings, text, Integer.toHexString(text.hashCode()));
    }

    @Test
    void storedTermsReadBackAsAnalysed() {
        for (Chunk c : List.of(
                chunk("aws/fargate.md", List.of("AWS", "Fargate"), "Fargate runs containers. No servers to manage!"),
                chunk("zh/docker.md", List.of("Docker 使用笔记"), "镜像是容器的只读模板。容器是镜像的运行实例。"),
                chunk("notes.txt", List.of(), "One line\n\nand another, with running stems."))) {
            ChunkTerms analysed = ChunkTerms.of(c, english, chinese);

            assertThat(analysed.encode().flatMap(ChunkTerms::decode))
                    .as(c.file())
                    .contains(analysed);
            assertThat(analysed.sentences()).isNotEmpty();
        }
    }

    @Test
    void otherFormatsAndDamagedValuesAreNotTerms() {
        ChunkTerms analysed = ChunkTerms.of(chunk("a.md", List.of("A"), "Lambda runs functions."), english, chinese);
        String stored = analysed.encode().orElseThrow();

        assertThat(ChunkTerms.decode(null)).isEmpty();
        assertThat(ChunkTerms.decode(stored.replace(ChunkTerms.FORMAT, "terms-0")))
                .isEmpty();
        assertThat(ChunkTerms.decode(stored.substring(0, stored.indexOf('\u001d'))))
                .isEmpty();
        assertThat(ChunkTerms.decode(stored.replaceFirst("\u001e0", "\u001ex"))).isEmpty();
    }

    @Test
    void partsAreCutAsSplitCutsThemKeepingEmptyOnes() {
        for (String text : List.of("", "a", "a,b", ",a,,b,", ",,", "one,two,three")) {
            assertThat(ChunkTerms.parts(text, ',')).as(text).containsExactly(text.split(",", -1));
        }
    }

    @Test
    void aTermHoldingASeparatorIsNotStored() {
        var odd = new PassageTerms(false, Set.of("fine", "not\u001efine"), Set.of());
        assertThat(new ChunkTerms(odd, odd, List.of()).encode()).isEmpty();
    }
}
