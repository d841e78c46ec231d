package com.studybot.adapter.index;

import com.studybot.core.content.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** Maps chunks to Lucene documents and back. */
final class ChunkDocuments {
    private ChunkDocuments() {}

    /** A chunk with its vectors: the English-model vector always, the Chinese one for CJK chunks. */
    record Embedded(Chunk chunk, StoredVector english, Optional<StoredVector> chinese) {}

    record StoredVector(String model, float[] vector) {}

    /** {@code terms}: the chunk's analysed terms in their stored form ({@link ChunkTerms#encode}), when it has one. */
    static Document toDocument(Embedded e, boolean cjk, Optional<String> terms) {
        Chunk c = e.chunk();
        var doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_CHUNK, Field.Store.NO));
        doc.add(new StringField(IndexFields.ID, c.id(), Field.Store.YES));
        doc.add(new StringField(IndexFields.FILE, c.file(), Field.Store.YES));
        c.headingPath().forEach(h -> doc.add(new StoredField(IndexFields.HEADING, h)));
        doc.add(new StoredField(IndexFields.TEXT, c.text()));
        doc.add(new StoredField(IndexFields.HASH, c.contentHash()));
        terms.ifPresent(t -> doc.add(new StoredField(IndexFields.TERMS, t)));
        String head = c.headingLabel() + " " + fileWords(c.file());
        doc.add(new TextField(IndexFields.BODY_EN, c.text(), Field.Store.NO));
        doc.add(new TextField(IndexFields.HEAD_EN, head, Field.Store.NO));
        if (cjk) {
            doc.add(new TextField(IndexFields.BODY_ZH, c.text(), Field.Store.NO));
            doc.add(new TextField(IndexFields.HEAD_ZH, head, Field.Store.NO));
        }
        addVector(doc, e.english(), IndexFields.VEC, IndexFields.VEC_BYTES, IndexFields.MODEL);
        e.chinese()
                .ifPresent(v -> addVector(doc, v, IndexFields.VEC_ZH, IndexFields.VEC_ZH_BYTES, IndexFields.MODEL_ZH));
        return doc;
    }

    private static void addVector(Document doc, StoredVector v, String field, String bytesField, String modelField) {
        doc.add(new KnnFloatVectorField(field, v.vector(), VectorSimilarityFunction.COSINE));
        doc.add(new StoredField(bytesField, Vectors.toBytes(v.vector())));
        doc.add(new StoredField(modelField, v.model()));
    }

    /** "sections/ec2.md" gives "sections ec2", so a question naming the file matches it. */
    static String fileWords(String file) {
        String noExt = EXTENSION.matcher(file).replaceFirst("");
        return SEPARATORS.matcher(noExt).replaceAll(" ");
    }

    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]+$");
    private static final Pattern SEPARATORS = Pattern.compile("[/_\\-.]+");

    static Chunk toChunk(Document doc) {
        List<String> headings = new ArrayList<>();
        for (IndexableField f : doc.getFields(IndexFields.HEADING)) {
            headings.add(f.stringValue());
        }
        return new Chunk(
                doc.get(IndexFields.ID),
                doc.get(IndexFields.FILE),
                headings,
                doc.get(IndexFields.TEXT),
                doc.get(IndexFields.HASH));
    }

    static Optional<StoredVector> vector(Document doc, String bytesField, String modelField) {
        var bytes = doc.getBinaryValue(bytesField);
        String model = doc.get(modelField);
        if (bytes == null || model == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredVector(model, Vectors.fromBytes(bytes)));
    }

    static Document fileDocument(String path, String hash) {
        var doc = new Document();
        doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_FILE, Field.Store.NO));
        doc.add(new StringField(IndexFields.FILE, path, Field.Store.YES));
        doc.add(new StoredField(IndexFields.FILE_HASH, hash));
        return doc;
    }
}
