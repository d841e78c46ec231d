package com.studybot.core.upload;

import com.studybot.core.common.Hashes;
import com.studybot.core.content.HeadingPaths;
import com.studybot.core.persistence.NoteUploadStore;
import com.studybot.core.persistence.NoteUploadStore.NoteUpload;
import com.studybot.core.quiz.Question;
import com.studybot.core.quiz.QuestionPool;
import com.studybot.core.quiz.QuizItem;
import com.studybot.core.upload.UploadOutcome.Reason;
import com.studybot.core.upload.UploadOutcome.Refused;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Notes added from Discord: checks an upload (name, type, size, download, duplicates, whether it reads) before
 * anything is written, then saves it under {@code uploads/<server>/}, records who added it and re-indexes; and lists
 * and removes a server's uploads. A refused upload changes nothing.
 */
public final class NoteUploads {
    private final NotesFolder folder;
    private final NotesIndex index;
    private final QuestionPool pool;
    private final NoteUploadStore store;
    private final Clock clock;
    private final long maxFileBytes;

    public NoteUploads(
            NotesFolder folder,
            NotesIndex index,
            QuestionPool pool,
            NoteUploadStore store,
            Clock clock,
            long maxFileBytes) {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be >= 1, was " + maxFileBytes);
        }
        this.folder = Objects.requireNonNull(folder, "folder");
        this.index = Objects.requireNonNull(index, "index");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxFileBytes = maxFileBytes;
    }

    /** One of a server's uploads with the passages the index holds of it now. */
    public record Listed(NoteUpload upload, int passages) {}

    /** What removing an upload did. */
    public sealed interface Removal {
        record Removed(String path) implements Removal {}

        record NotFound(String name) implements Removal {}
    }

    /** Checks, saves, records and indexes {@code upload}; see {@link UploadOutcome}. */
    public UploadOutcome add(Upload upload) {
        var checked = UploadName.check(upload.serverId(), upload.fileName(), upload.folder());
        if (checked instanceof UploadName.Checked.Rejected r) {
            return new Refused(r.wrongType() ? Reason.TYPE : Reason.NAME, r.reason());
        }
        String path = ((UploadName.Checked.Accepted) checked).path();
        Optional<Refused> bySize = bySize(upload.declaredSize());
        if (bySize.isPresent()) {
            return bySize.get();
        }
        var fetched = upload.download().fetch(maxFileBytes + 1);
        if (fetched instanceof Download.Fetched.Failed f) {
            return new Refused(
                    Reason.DOWNLOAD_FAILED,
                    "I could not download the file from Discord (" + f.reason() + "). Nothing was saved; try again.");
        }
        byte[] bytes = ((Download.Fetched.Bytes) fetched).bytes();
        String sha = Hashes.sha256(bytes);
        Optional<Refused> byContent = byContent(path, upload.declaredSize(), bytes, sha);
        if (byContent.isPresent()) {
            return byContent.get();
        }
        if (!folder.create(path, bytes)) {
            return new Refused(
                    Reason.EXISTS,
                    "There is already a file " + path + ". Remove it first with /notes remove, or give the new"
                            + " one another name.");
        }
        try {
            store.add(new NoteUpload(upload.serverId(), path, upload.userId(), clock.instant(), bytes.length, sha));
        } catch (RuntimeException e) {
            folder.delete(path); // not recorded: not kept either
            throw e;
        }
        index.reindex();
        List<QuizItem> items = questions(path);
        return new UploadOutcome.Saved(
                path,
                bytes.length,
                index.passages(path),
                items.size(),
                items.stream().findFirst().map(QuizItem::natural));
    }

    private Optional<Refused> bySize(long declared) {
        if (declared == 0) {
            return Optional.of(new Refused(Reason.EMPTY, "The file is empty."));
        }
        if (declared > maxFileBytes) {
            return Optional.of(tooLarge(declared));
        }
        return Optional.empty();
    }

    private Refused tooLarge(long bytes) {
        return new Refused(
                Reason.TOO_LARGE,
                "The file is " + bytes + " bytes; notes may be at most " + maxFileBytes
                        + " bytes (content.maxFileBytes).");
    }

    private Optional<Refused> byContent(String path, long declared, byte[] bytes, String sha) {
        if (bytes.length > maxFileBytes) {
            return Optional.of(tooLarge(bytes.length));
        }
        if (bytes.length != declared) {
            return Optional.of(new Refused(
                    Reason.TRUNCATED,
                    "The download was cut short (" + bytes.length + " of " + declared
                            + " bytes). Nothing was saved; try again."));
        }
        Optional<String> same = folder.withHash(sha);
        if (same.isPresent()) {
            return Optional.of(new Refused(
                    Reason.IDENTICAL, "The notes have this file already, byte for byte: " + same.get() + "."));
        }
        return folder.unreadable(path, bytes)
                .map(why -> new Refused(Reason.UNREADABLE, "I cannot read that file as notes: " + why + "."));
    }

    /** The quiz items asked from the note at {@code path}. */
    List<QuizItem> questions(String path) {
        return pool.all().items().stream()
                .filter(i -> Stream.of(i.typed(), i.choice())
                        .flatMap(Optional::stream)
                        .map(Question::citation)
                        .anyMatch(c -> c.equals(path) || c.startsWith(path + HeadingPaths.SEPARATOR)))
                .toList();
    }

    /** The server's uploads by path, with the passages the index holds of each. */
    public List<Listed> list(String serverId) {
        return store.list(serverId).stream()
                .map(u -> new Listed(u, index.passages(u.path())))
                .toList();
    }

    /**
     * Deletes the server's upload {@code name} (its path below the server's folder, or below the notes folder),
     * forgets it and re-indexes.
     */
    public Removal remove(String serverId, String name) {
        String below = UploadName.serverFolder(serverId) + "/";
        String path = name.startsWith(below) ? name : below + name;
        boolean known = store.list(serverId).stream().anyMatch(u -> u.path().equals(path));
        if (!known) {
            return new Removal.NotFound(name);
        }
        folder.delete(path);
        store.remove(serverId, path);
        index.reindex();
        return new Removal.Removed(path);
    }
}
