package com.studybot.adapter.index;

import com.studybot.adapter.index.EmbeddingPlan.Stored;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Reads what the index already holds: file hashes, and stored vectors by chunk hash for reuse. */
final class StoredState {
    private static final Set<String> VECTOR_FIELDS = Set.of(
            IndexFields.HASH, IndexFields.VEC_BYTES, IndexFields.MODEL, IndexFields.VEC_ZH_BYTES, IndexFields.MODEL_ZH);

    private final LuceneIndex index;

    StoredState(LuceneIndex index) {
        this.index = index;
    }

    Map<String, String> fileHashes() throws IOException {
        var hashes = new HashMap<String, String>();
        forEach(
                IndexFields.TYPE_FILE,
                Set.of(IndexFields.FILE, IndexFields.FILE_HASH),
                doc -> hashes.put(doc.get(IndexFields.FILE), doc.get(IndexFields.FILE_HASH)));
        return hashes;
    }

    Map<String, Stored> vectorsByHash() throws IOException {
        var vectors = new HashMap<String, Stored>();
        forEach(
                IndexFields.TYPE_CHUNK,
                VECTOR_FIELDS,
                doc -> vectors.put(
                        doc.get(IndexFields.HASH),
                        new Stored(
                                ChunkDocuments.vector(doc, IndexFields.VEC_BYTES, IndexFields.MODEL),
                                ChunkDocuments.vector(doc, IndexFields.VEC_ZH_BYTES, IndexFields.MODEL_ZH))));
        return vectors;
    }

    private void forEach(String type, Set<String> fields, Consumer<Document> action) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            int max = Math.max(1, searcher.getIndexReader().maxDoc());
            TopDocs all = searcher.search(new TermQuery(new Term(IndexFields.TYPE, type)), max);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                action.accept(stored.document(sd.doc, fields));
            }
        } finally {
            index.release(searcher);
        }
    }
}
