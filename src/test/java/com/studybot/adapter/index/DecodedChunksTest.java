package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoded chunks hold what the stored fields say, and their analysed terms give the coverage the text gives. */
final class DecodedChunksTest {
    private static final List<String> QUESTIONS = List.of(
            "What is AWS Fargate?",
            "how do containers run without servers",
            "kuberntes pods acros a clustr",
            "orchestrates",
            "什么是镜像？",
            "Docker 镜像 and containers",
            "How do I bake sourdough bread?");

    @TempDir
    Path dir;

    private final InMemoryNoteSource notes = new InMemoryNoteSource();
    private final HashingEmbedder embedder = new HashingEmbedder("hash-v1");
    private LuceneIndex index;
    private LuceneIndexer indexer;

    @BeforeEach
    void indexNotes() {
        notes.put("aws/fargate.md", "AWS Fargate", "Fargate runs containers without servers to manage.");
        notes.put("aws/lambda_functions.md", "AWS Lambda", "Lambda runs functions in response to events.");
        notes.put("k8s.md", "Kubernetes", "Kubernetes orchestrates containers in pods across a cluster.");
        notes.put("zh/docker.md", "Docker 使用笔记", "镜像是容器的只读模板，容器是镜像的运行实例。");
        index = LuceneIndex.open(dir);
        indexer = new LuceneIndexer(index, notes, new HeadingAwareChunker(100, 160), embedder, Optional.empty());
        indexer.sync(Progress.NONE);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aDecodedChunkIsItsStoredDocumentAndMatchesQuestionsAsItsTextDoes() throws Exception {
        IndexSearcher searcher = index.acquire();
        try {
            var query = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CHUNK));
            var hits = searcher.search(query, 100).scoreDocs;
            assertThat(hits).hasSize(4);
            for (var hit : hits) {
                var doc = searcher.storedFields().document(hit.doc);
                var decoded = index.decoded().get(searcher, hit.doc);
                assertThat(decoded.chunk()).isEqualTo(ChunkDocuments.toChunk(doc));
                assertThat(decoded.english().orElseThrow().vector())
                        .containsExactly(ChunkDocuments.vector(doc, IndexFields.VEC_BYTES, IndexFields.MODEL)
                                .orElseThrow()
                                .vector());
                assertThat(decoded.searchable())
                        .isEqualTo(decoded.chunk().headingLabel() + "\n"
                                + ChunkDocuments.fileWords(decoded.chunk().file()) + "\n"
                                + decoded.chunk().text());
                assertThat(index.decoded().get(searcher, hit.doc)).isSameAs(decoded);
                assertThat(decoded.stored()).as("terms stored when indexed").isPresent();
                List<String> headings = decoded.chunk().headingPath();
                for (String q : QUESTIONS) {
                    var terms = QueryTerms.of(
                            q, index.english(), index.chinese(), searcher.getIndexReader(), index.spellings());
                    assertThat(terms.coverage(decoded.terms()))
                            .as("%s in %s", q, decoded.chunk().file())
                            .isEqualTo(terms.coverage(decoded.searchable()));
                    assertThat(terms.coverage(decoded.stored().orElseThrow().heading()))
                            .as("%s in the heading of %s", q, decoded.chunk().file())
                            .isEqualTo(terms.coverage(headings.get(headings.size() - 1)));
                    double bestSentence = QueryTerms.sentences(decoded.searchable()).stream()
                            .mapToDouble(terms::coverage)
                            .max()
                            .orElse(0);
                    assertThat(terms.detail(index.decoded().sentenceTerms(decoded), decoded.terms())
                                    .sentence())
                            .as("best sentence for %s in %s", q, decoded.chunk().file())
                            .isEqualTo(bestSentence);
                }
            }
        } finally {
            index.release(searcher);
        }
    }

    @Test
    void aChangedNoteIsDecodedAfresh() throws Exception {
        notes.put("aws/fargate.md", "AWS Fargate", "Fargate bills per vCPU second.");
        indexer.sync(Progress.NONE);
        IndexSearcher searcher = index.acquire();
        try {
            var query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_CHUNK)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.FILE, "aws/fargate.md")), BooleanClause.Occur.FILTER)
                    .build();
            var hits = searcher.search(query, 10).scoreDocs;
            var texts = java.util.Arrays.stream(hits)
                    .map(h -> index.decoded().get(searcher, h.doc).chunk().text())
                    .toList();
            assertThat(texts).containsExactly("Fargate bills per vCPU second.");
        } finally {
            index.release(searcher);
        }
    }
}
