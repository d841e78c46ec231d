package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept spellings are the ones the index gives, and a changed index is asked afresh. */
final class SpellingsTest {
    @TempDir
    Path dir;

    private final InMemoryNoteSource notes = new InMemoryNoteSource();
    private LuceneIndex index;
    private LuceneIndexer indexer;

    @BeforeEach
    void indexNotes() {
        notes.put("ops.md", "Tracking", "Tracking changes with tracked commits.");
        index = LuceneIndex.open(dir);
        indexer = new LuceneIndexer(
                index, notes, new HeadingAwareChunker(100, 160), new HashingEmbedder("hash-v1"), Optional.empty());
        indexer.sync(Progress.NONE);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private Set<String> kept(String term) throws Exception {
        IndexSearcher searcher = index.acquire();
        try {
            var reader = searcher.getIndexReader();
            Set<String> kept = index.spellings().of(reader, IndexFields.BODY_EN, term);
            assertThat(kept)
                    .isEqualTo(NearTerms.of(reader, IndexFields.BODY_EN, term).spellings());
            assertThat(index.spellings().of(reader, IndexFields.BODY_EN, term)).isSameAs(kept);
            return kept;
        } finally {
            index.release(searcher);
        }
    }

    @Test
    void aKeptSpellingIsTheIndexsOwnAndFollowsAChangedIndex() throws Exception {
        assertThat(kept("trackng")).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("t"));
        assertThat(kept("commmit")).isNotEmpty();
        assertThat(kept("pipelne")).isEmpty();

        notes.put("ci.md", "Pipelines", "A pipeline runs the build.");
        indexer.sync(Progress.NONE);

        assertThat(kept("pipelne")).isNotEmpty();
    }
}
