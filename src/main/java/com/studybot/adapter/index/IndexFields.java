package com.studybot.adapter.index;

/** Field names of the chunk and file documents in the Lucene index. */
final class IndexFields {
    static final String TYPE = "type";
    static final String TYPE_CHUNK = "chunk";
    static final String TYPE_FILE = "file";

    static final String ID = "id";
    static final String FILE = "file";
    static final String FILE_HASH = "file_hash";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String HASH = "hash";
    static final String BODY_EN = "body_en";
    static final String BODY_ZH = "body_zh";
    static final String HEAD_EN = "head_en";
    static final String HEAD_ZH = "head_zh";
    static final String VEC = "vec";
    static final String VEC_ZH = "vec_zh";
    static final String VEC_BYTES = "vec_bytes";
    static final String VEC_ZH_BYTES = "vec_zh_bytes";
    static final String MODEL = "model";
    static final String MODEL_ZH = "model_zh";
    /** The chunk's analysed terms ({@link ChunkTerms}), stored when it is indexed. */
    static final String TERMS = "terms";

    static final String COMMIT_VERSION = "studybot.version";
    /** "false" in the empty commit of a new index until its first sync commits ("true"); absent in older ones. */
    static final String COMMIT_BUILT = "studybot.built";

    private IndexFields() {}
}
