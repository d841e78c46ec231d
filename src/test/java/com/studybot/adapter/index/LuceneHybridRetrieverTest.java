package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.studybot.core.common.Progress;
import com.studybot.core.content.HeadingAwareChunker;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.retrieval.Passage;
import com.studybot.core.retrieval.Query;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LuceneHybridRetrieverTest {
    @TempDir
    Path dir;

    private LuceneIndex index;
    private LuceneHybridRetriever retriever;

    @BeforeEach
    void indexNotes() {
        var notes = new InMemoryNoteSource();
        notes.put("aws/fargate.md", "AWS Fargate", "Fargate runs containers without servers to manage.");
        notes.put("aws/lambda.md", "AWS Lambda", "Lambda runs functions in response to events.");
        notes.put("k8s.md", "Kubernetes", "Kubernetes orchestrates containers in pods across a cluster.");
        notes.put("zh/docker.md", "Docker 使用笔记", "镜像是容器的只读模板，容器是镜像的运行实例。");
        var embedder = new HashingEmbedder("hash-v1");
        index = LuceneIndex.open(dir);
        new LuceneIndexer(index, notes, new HeadingAwareChunker(100, 160), embedder, Optional.empty())
                .sync(Progress.NONE);
        retriever =
                new LuceneHybridRetriever(index, embedder, Optional.empty(), RetrievalTuning.defaults(), Runnable::run);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Passage> ask(String q) {
        return retriever.retrieve(new Query(q, 3));
    }

    @Test
    void theMatchingPassageComesFirstWithFullCoverage() {
        List<Passage> hits = ask("What is AWS Fargate?");
        assertThat(hits.get(0).chunk().file()).isEqualTo("aws/fargate.md");
        assertThat(hits.get(0).evidence().coverage()).isEqualTo(1.0);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void aTypoStillFindsThePassage() {
        assertThat(ask("kuberntes pods").get(0).chunk().file()).isEqualTo("k8s.md");
    }

    @Test
    void aChineseQuestionFindsTheChinesePassage() {
        assertThat(ask("什么是镜像？").get(0).chunk().file()).isEqualTo("zh/docker.md");
    }

    @Test
    void anUnrelatedQuestionHasNoCoverage() {
        assertThat(ask("How do I bake sourdough bread?"))
                .allSatisfy(p -> assertThat(p.evidence().coverage()).isZero());
    }

    @Test
    void aNameTheNotesNeverWriteIsNamedOnTheBestPassage() {
        // GIVEN notes on AWS Fargate and Kubernetes, WHEN the question names Google Cloud Run beside containers
        Passage top = ask("How does Google Cloud Run scale containers compared to Fargate?")
                .get(0);
        // THEN the best passage is still found, and its evidence names the first name no note writes
        assertThat(top.chunk().file()).isEqualTo("aws/fargate.md");
        assertThat(top.evidence().unseenName()).isEqualTo("Google");
    }

    @Test
    void namesTheNotesWriteOrSpellCloselyAreNotUnseen() {
        assertThat(ask("How does Fargate run containers?").get(0).evidence().unseenName())
                .isEmpty();
        // a typo of a name the notes write is that name (two edits allowed from nine letters)
        assertThat(ask("How does Kuberntes schedule pods?").get(0).evidence().unseenName())
                .isEmpty();
        // a name of a Chinese question: Latin words in it count, capitalised or not at its start
        assertThat(ask("Podman 的镜像是什么？").get(0).evidence().unseenName()).isEqualTo("Podman");
    }

    @Test
    void atMostTopKPassagesAreReturned() {
        assertThat(retriever.retrieve(new Query("containers", 2))).hasSize(2);
    }

    /** BM25 searches on the executor while the calling thread embeds: the embedding is the longer of the two. */
    @Test
    void theCallingThreadEmbedsWhileTheExecutorSearchesTheWords() throws InterruptedException {
        var pool = Executors.newSingleThreadExecutor();
        try {
            var embeddedOn = new AtomicReference<Thread>();
            var lexicalOn = new AtomicReference<Thread>();
            Executor recording = task -> pool.execute(() -> {
                lexicalOn.set(Thread.currentThread());
                task.run();
            });
            var hashing = new HashingEmbedder("hash-v1");
            Embedder embedder = new Embedder() {
                @Override
                public String modelId() {
                    return hashing.modelId();
                }

                @Override
                public float[] embedQuery(String text) {
                    embeddedOn.set(Thread.currentThread());
                    return hashing.embedQuery(text);
                }

                @Override
                public List<float[]> embedPassages(List<String> texts) {
                    return hashing.embedPassages(texts);
                }
            };
            var split =
                    new LuceneHybridRetriever(index, embedder, Optional.empty(), RetrievalTuning.defaults(), recording);

            assertThat(split.retrieve(new Query("What is AWS Fargate?", 3))
                            .get(0)
                            .chunk()
                            .file())
                    .isEqualTo("aws/fargate.md");
            assertThat(embeddedOn.get()).isSameAs(Thread.currentThread());
            assertThat(lexicalOn.get()).isNotNull().isNotSameAs(Thread.currentThread());
        } finally {
            pool.shutdown();
        }
    }

    /** A failed embedding fails the search with its own error, not one wrapped by the word search's future. */
    @Test
    void aFailedEmbeddingFailsTheSearchWithItsOwnError() {
        var hashing = new HashingEmbedder("hash-v1");
        Embedder broken = new Embedder() {
            @Override
            public String modelId() {
                return hashing.modelId();
            }

            @Override
            public float[] embedQuery(String text) {
                throw new IllegalStateException("the model is gone");
            }

            @Override
            public List<float[]> embedPassages(List<String> texts) {
                return hashing.embedPassages(texts);
            }
        };
        var failing =
                new LuceneHybridRetriever(index, broken, Optional.empty(), RetrievalTuning.defaults(), Runnable::run);

        assertThatThrownBy(() -> failing.retrieve(new Query("What is AWS Fargate?", 3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the model is gone");
    }
}
