package com.studybot.adapter.index;

import java.util.List;

/** What one incremental index update did. */
public record SyncReport(
        int filesSeen,
        int filesAdded,
        int filesChanged,
        int filesRemoved,
        List<String> skipped,
        int chunksWritten,
        int chunksEmbedded,
        int chunksReused,
        boolean readOnly) {
    public SyncReport {
        skipped = List.copyOf(skipped);
    }

    public boolean changedAnything() {
        return filesAdded + filesChanged + filesRemoved > 0;
    }

    public String summary() {
        if (readOnly) {
            return "index in use by another process: not updated (read-only)";
        }
        return "%d files (%d new, %d changed, %d removed, %d skipped); %d chunks written, %d embedded, %d reused"
                .formatted(
                        filesSeen,
                        filesAdded,
                        filesChanged,
                        filesRemoved,
                        skipped.size(),
                        chunksWritten,
                        chunksEmbedded,
                        chunksReused);
    }
}
