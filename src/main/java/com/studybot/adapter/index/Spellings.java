package com.studybot.adapter.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.index.IndexReader;

/**
 * The notes' terms near a word they never use ({@link NearTerms}: its close spellings and its fuzzy query's
 * terms), kept per index reader: the same reader always gives the same words, and a changed index is read by a
 * new reader (so a new key).
 */
final class Spellings {
    private record Key(IndexReader.CacheKey reader, String field, String term) {}

    private final Cache<Key, NearTerms> cache;

    Spellings(long maxSize) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .executor(Runnable::run) // upkeep on the asking thread, as in CachingAnswerer
                .build();
    }

    /** The close spellings of {@code term} ({@link NearTerms#spellings}). */
    Set<String> of(IndexReader reader, String field, String term) throws IOException {
        return near(reader, field, term).spellings();
    }

    NearTerms near(IndexReader reader, String field, String term) throws IOException {
        var helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return NearTerms.of(reader, field, term);
        }
        try {
            return cache.get(new Key(helper.getKey(), field, term), k -> {
                try {
                    return NearTerms.of(reader, field, term);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
