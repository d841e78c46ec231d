package com.studybot.testing;

import com.studybot.core.persistence.NoteUploadStore;
import com.studybot.core.persistence.UploaderRoleStore;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of the note-upload and uploader-role ports, held to the same contract as the JDBC stores. */
public final class InMemoryNoteUploadStore implements NoteUploadStore, UploaderRoleStore {
    private final Map<String, NoteUpload> uploads = new ConcurrentHashMap<>();
    private final Map<String, String> roles = new ConcurrentHashMap<>();

    private static String key(String serverId, String path) {
        return serverId + "\n" + path;
    }

    /** Keeps milliseconds, as the JDBC store does. */
    @Override
    public void add(NoteUpload u) {
        uploads.put(
                key(u.serverId(), u.path()),
                new NoteUpload(
                        u.serverId(),
                        u.path(),
                        u.userId(),
                        u.at().truncatedTo(ChronoUnit.MILLIS),
                        u.bytes(),
                        u.sha256()));
    }

    @Override
    public List<NoteUpload> list(String serverId) {
        return uploads.values().stream()
                .filter(u -> u.serverId().equals(serverId))
                .sorted(Comparator.comparing(NoteUpload::path))
                .toList();
    }

    @Override
    public boolean remove(String serverId, String path) {
        return uploads.remove(key(serverId, path)) != null;
    }

    @Override
    public Optional<String> role(String serverId) {
        return Optional.ofNullable(roles.get(serverId));
    }

    @Override
    public void setRole(String serverId, Optional<String> roleId) {
        roleId.ifPresentOrElse(r -> roles.put(serverId, r), () -> roles.remove(serverId));
    }
}
