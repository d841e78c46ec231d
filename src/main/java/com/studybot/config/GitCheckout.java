package com.studybot.config;

import com.studybot.core.common.Hashes;
import java.nio.file.Path;
import java.util.Locale;

/** Where a followed Git repository is cloned: {@code <data>/git/<repository name>-<hash of its URL>}. */
public final class GitCheckout {
    private GitCheckout() {}

    public static Path dir(Path dataDir, String url) {
        String trimmed = url.replaceAll("[/\\\\]+$", "").replaceAll("\\.git$", "");
        String name = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
        String safe = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").toLowerCase(Locale.ROOT);
        return dataDir.resolve("git")
                .resolve((safe.isEmpty() ? "notes" : safe) + "-"
                        + Hashes.sha256(url).substring(0, 10));
    }
}
