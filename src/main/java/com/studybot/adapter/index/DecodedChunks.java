package com.studybot.adapter.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.studybot.adapter.index.ChunkDocuments.StoredVector;
import com.studybot.core.content.Chunk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * Chunk documents as the retriever reads them, decoded once and kept by segment and document: the chunk, its
 * stored vectors and its analysed terms. A segment never changes, so an entry stays right for as long as the
 * segment lives (a merged-away segment's entries are simply never asked for again and age out).
 */
final class DecodedChunks {
    /**
     * A chunk document decoded: {@code searchable} is the text its coverage is measured on; {@code stored}, the
     * analysed terms stored with it (absent in an index written before they were).
     */
    record Decoded(
            Chunk chunk,
            Optional<StoredVector> english,
            Optional<StoredVector> chinese,
            String searchable,
            PassageTerms terms,
            Optional<ChunkTerms> stored) {}

    private record Key(IndexReader.CacheKey segment, int doc) {}

    private final Analyzer englishAnalyzer;
    private final Analyzer chineseAnalyzer;
    private final Cache<Key, Decoded> cache;
    /** The sentences' terms, asked only of the best passage: kept apart, for fewer chunks. */
    private final Cache<Chunk, List<PassageTerms>> sentences;

    DecodedChunks(Analyzer englishAnalyzer, Analyzer chineseAnalyzer, long maxSize) {
        this.englishAnalyzer = englishAnalyzer;
        this.chineseAnalyzer = chineseAnalyzer;
        // upkeep on the asking thread, as in CachingAnswerer
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .executor(Runnable::run)
                .build();
        this.sentences = Caffeine.newBuilder()
                .maximumSize(Math.max(1, maxSize / 4))
                .executor(Runnable::run)
                .build();
    }

    /** The chunk document {@code docId} of {@code searcher}'s reader, decoded. */
    Decoded get(IndexSearcher searcher, int docId) {
        var leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        var helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return decode(searcher, docId);
        }
        return cache.get(new Key(helper.getKey(), docId - leaf.docBase), k -> decode(searcher, docId));
    }

    /** The analysed terms of each of {@code decoded}'s {@link QueryTerms#sentences}, in order. */
    List<PassageTerms> sentenceTerms(Decoded decoded) {
        if (decoded.stored().isPresent()) {
            return decoded.stored().get().sentences();
        }
        return sentences.get(
                decoded.chunk(),
                c -> QueryTerms.sentences(decoded.searchable()).stream()
                        .map(s -> PassageTerms.of(s, englishAnalyzer, chineseAnalyzer))
                        .toList());
    }

    private Decoded decode(IndexSearcher searcher, int docId) {
        Document doc;
        try {
            doc = searcher.storedFields().document(docId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Chunk chunk = ChunkDocuments.toChunk(doc);
        String searchable = searchable(chunk);
        Optional<ChunkTerms> stored = ChunkTerms.decode(doc.get(IndexFields.TERMS));
        return new Decoded(
                chunk,
                ChunkDocuments.vector(doc, IndexFields.VEC_BYTES, IndexFields.MODEL),
                ChunkDocuments.vector(doc, IndexFields.VEC_ZH_BYTES, IndexFields.MODEL_ZH),
                searchable,
                stored.map(ChunkTerms::passage)
                        .orElseGet(() -> PassageTerms.of(searchable, englishAnalyzer, chineseAnalyzer)),
                stored);
    }

    /** What a question's terms are looked for in: the heading path, the file's words and the text. */
    static String searchable(Chunk chunk) {
        return chunk.headingLabel() + "\n" + ChunkDocuments.fileWords(chunk.file()) + "\n" + chunk.text();
    }
}
