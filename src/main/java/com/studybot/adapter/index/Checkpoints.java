package com.studybot.adapter.index;

import com.studybot.core.content.Chunk;
import com.studybot.core.content.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits the files an update reads into checkpoints: each is embedded, written and committed on its own, so a
 * run killed near the end of a long first index resumes with only the files not yet committed. A file is never
 * split (its chunks and its file record go in one commit); a file bigger than a checkpoint is one by itself.
 */
final class Checkpoints {
    /**
     * Chunks per commit: about 6-8 s of MiniLM at the 64-82 chunks/s measured on 2 cores (notes/stack.md), so a
     * kill loses at most that much embedding, while a commit (a few small files synced) costs milliseconds; the
     * 8,860 chunks of issue 15 make 18 commits.
     */
    static final int CHUNKS = 500;

    private Checkpoints() {}

    /** A changed file as read: its chunks, or why it was skipped (remembered by its stamp all the same). */
    record ReadFile(SourceFile file, String stamp, List<Chunk> chunks, Optional<String> skipped) {
        ReadFile {
            chunks = List.copyOf(chunks);
        }
    }

    /** The files in order, cut before a file that would take a non-empty checkpoint past {@code limit} chunks. */
    static List<List<ReadFile>> split(List<ReadFile> files, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        var checkpoints = new ArrayList<List<ReadFile>>();
        var current = new ArrayList<ReadFile>();
        int size = 0;
        for (ReadFile f : files) {
            int n = f.chunks().size();
            if (!current.isEmpty() && size + n > limit) {
                checkpoints.add(List.copyOf(current));
                current.clear();
                size = 0;
            }
            current.add(f);
            size += n;
        }
        if (!current.isEmpty()) {
            checkpoints.add(List.copyOf(current));
        }
        return checkpoints;
    }

    static List<Chunk> chunks(List<ReadFile> files) {
        return files.stream().flatMap(f -> f.chunks().stream()).toList();
    }
}
