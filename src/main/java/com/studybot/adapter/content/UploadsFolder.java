package com.studybot.adapter.content;

import com.studybot.core.content.ReadResult;
import com.studybot.core.upload.NotesFolder;
import com.studybot.core.upload.UploadName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The notes folder for uploads: finds a note by its content hash, reads bytes as the notes are read, and writes and
 * deletes files below {@code uploads/} only. A new file is written to a hidden temporary file next to it (never read
 * as a note) and then linked into place, so a reader sees all of it or nothing, and an existing file is never
 * replaced.
 */
public final class UploadsFolder implements NotesFolder {
    private final Path root;
    private final Path uploads;
    private final FileSystemNoteSource source;

    public UploadsFolder(Path root, FileSystemNoteSource source) {
        this.root = root.toAbsolutePath().normalize();
        this.uploads = this.root.resolve(UploadName.ROOT);
        this.source = source;
    }

    @Override
    public Optional<String> withHash(String sha256) {
        return source.list().stream()
                .filter(f -> f.contentHash().equals(sha256))
                .map(f -> f.path())
                .findFirst();
    }

    @Override
    public Optional<String> unreadable(String path, byte[] bytes) {
        return source.readBytes(path, bytes) instanceof ReadResult.Skipped s
                ? Optional.of(s.reason())
                : Optional.empty();
    }

    @Override
    public boolean create(String path, byte[] bytes) {
        Path target = inUploads(path);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temp, bytes);
                return place(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the upload " + path, e);
        }
    }

    /** Links the written file into place (fails if the name is taken); a plain rename where links are not allowed. */
    private static boolean place(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            if (Files.exists(target)) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    @Override
    public boolean delete(String path) {
        Path target = inUploads(path);
        try {
            boolean deleted = Files.deleteIfExists(target);
            for (Path dir = target.getParent();
                    !dir.equals(uploads) && dir.startsWith(uploads);
                    dir = dir.getParent()) {
                try {
                    Files.deleteIfExists(dir); // an emptied folder goes too
                } catch (DirectoryNotEmptyException e) {
                    break;
                }
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the upload " + path, e);
        }
    }

    /** {@code path} in the folder, which must lie below {@code uploads/} (a check beside the name rules). */
    private Path inUploads(String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(uploads) || target.equals(uploads)) {
            throw new IllegalArgumentException("an upload must stay below " + UploadName.ROOT + "/, was " + path);
        }
        return target;
    }
}
