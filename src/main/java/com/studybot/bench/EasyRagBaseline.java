package com.studybot.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.loader.FileSystemDocumentLoader;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;

/**
 * The recipe a Java developer would write instead of studybot, from LangChain4j's own classes: the notes' Markdown
 * and text files split recursively (300 characters), embedded with the same MiniLM-q model into an in-memory store,
 * and the 5 nearest passages returned for each question. It re-embeds everything when it starts.
 */
final class EasyRagBaseline {
    private final EmbeddingStoreContentRetriever retriever;
    private final int segments;

    private EasyRagBaseline(EmbeddingStoreContentRetriever retriever, int segments) {
        this.retriever = retriever;
        this.segments = segments;
    }

    static EasyRagBaseline build(Path notes) {
        var matcher = FileSystems.getDefault().getPathMatcher("glob:**.{md,txt}");
        List<Document> documents =
                FileSystemDocumentLoader.loadDocumentsRecursively(notes, matcher, new TextDocumentParser());
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        var store = new InMemoryEmbeddingStore<TextSegment>();
        var splitter = DocumentSplitters.recursive(300, 0);
        int segments =
                documents.stream().mapToInt(d -> splitter.split(d).size()).sum();
        EmbeddingStoreIngestor.builder()
                .documentSplitter(splitter)
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(documents);
        var retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(5)
                .build();
        return new EasyRagBaseline(retriever, segments);
    }

    List<Content> ask(String question) {
        return retriever.retrieve(Query.from(question));
    }

    int segments() {
        return segments;
    }
}
