package com.studybot.core.upload;

import java.util.Objects;

/**
 * A file a member asked to add: to server {@code serverId}, by {@code userId}, named {@code fileName}, of the
 * {@code declaredSize} Discord gave, into {@code folder} ("" for the server's upload folder itself).
 */
public record Upload(
        String serverId, String userId, String fileName, long declaredSize, String folder, Download download) {
    public Upload {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(download, "download");
        if (declaredSize < 0) {
            throw new IllegalArgumentException("declaredSize must be >= 0, was " + declaredSize);
        }
    }
}
