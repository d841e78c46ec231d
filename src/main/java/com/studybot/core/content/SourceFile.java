package com.studybot.core.content;

import java.util.Objects;

/** A file found under the content root, before parsing: its relative path, size and content hash. */
public record SourceFile(String path, long size, String contentHash) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
    }
}
