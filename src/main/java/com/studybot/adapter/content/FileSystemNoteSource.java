package com.studybot.adapter.content;

import com.studybot.core.common.Hashes;
import com.studybot.core.content.Note;
import com.studybot.core.content.NoteSource;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notes from a folder tree: Markdown, plain text and PDF files, hidden folders ignored. A file that can't
 * be used (empty, too large, binary, a broken PDF) is skipped with one warning naming it; text is UTF-8,
 * UTF-16 with a byte-order mark, or else read as Latin-1 with a warning.
 */
public final class FileSystemNoteSource implements NoteSource {
    private static final Logger LOG = LoggerFactory.getLogger(FileSystemNoteSource.class);
    private static final Set<String> MARKDOWN = Set.of("md", "markdown");
    private static final Set<String> TEXT = Set.of("txt", "text");
    private static final Set<String> PDF = Set.of("pdf");

    private final Path root;
    private final long maxFileBytes;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final Set<String> extensions;
    private final MarkdownNoteParser markdown = new MarkdownNoteParser();

    public FileSystemNoteSource(Path root, long maxFileBytes) {
        this(root, maxFileBytes, Set.of("md", "markdown", "txt", "text", "pdf"));
    }

    /** A source that lists files with other endings too (the card source adds .tsv and .csv decks). */
    FileSystemNoteSource(Path root, long maxFileBytes, Set<String> extensions) {
        this.extensions = Set.copyOf(extensions);
        this.root = root.toAbsolutePath().normalize();
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be >= 1, was " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
    }

    @Override
    public List<SourceFile> list() {
        var files = new ArrayList<SourceFile>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!extensions.contains(extension(file.getFileName().toString()))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (hidden(file)) {
                        warnOnce(file, "a hidden file (names starting with '.' are not read)");
                    } else if (attrs.isSymbolicLink()) {
                        linked(file).ifPresent(files::add);
                    } else if (attrs.isRegularFile()) {
                        describe(file, attrs.size()).ifPresent(files::add);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.warn("Skipping {}: cannot be read ({})", relative(file), e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the notes folder " + root, e);
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return List.copyOf(files);
    }

    /** A link to a note inside the notes folder is read; one that leads out of it is skipped with a warning. */
    private Optional<SourceFile> linked(Path link) {
        try {
            Path target = link.toRealPath();
            if (!target.startsWith(root.toRealPath()) || !Files.isRegularFile(target)) {
                warnOnce(link, "a link to " + target + ", outside the notes folder");
                return Optional.empty();
            }
            return describe(link, Files.size(target));
        } catch (IOException e) {
            warnOnce(link, "a link that leads nowhere (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** Warns about a file not read, once per file while this process runs (each sync lists the folder again). */
    private void warnOnce(Path file, String why) {
        if (warned.add(relative(file))) {
            LOG.warn("Skipping {}: {}", relative(file), why);
        }
    }

    private Optional<SourceFile> describe(Path file, long size) {
        try {
            String hash = size > maxFileBytes ? "size:" + size : Hashes.sha256(Files.readAllBytes(file));
            return Optional.of(new SourceFile(relative(file), size, hash));
        } catch (IOException e) {
            LOG.warn("Skipping {}: cannot be read ({})", relative(file), e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public ReadResult read(SourceFile file) {
        ReadResult result = readUnlogged(file);
        if (result instanceof ReadResult.Skipped s) {
            LOG.warn("Skipping {}: {}", s.path(), s.reason());
        }
        return result;
    }

    private ReadResult readUnlogged(SourceFile file) {
        Path path = root.resolve(file.path());
        try {
            long size = Files.size(path);
            if (size == 0) {
                return new ReadResult.Skipped(file.path(), "the file is empty");
            }
            if (size > maxFileBytes) {
                return new ReadResult.Skipped(
                        file.path(),
                        "the file is %d bytes, over the limit of %d (content.maxFileBytes)"
                                .formatted(size, maxFileBytes));
            }
            return parse(file.path(), Files.readAllBytes(path));
        } catch (IOException e) {
            return new ReadResult.Skipped(file.path(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads {@code bytes} as the note at {@code path} would be read (by its extension), without touching the
     * folder: an upload is checked this way before it is saved.
     */
    public ReadResult readBytes(String path, byte[] bytes) {
        return bytes.length == 0 ? new ReadResult.Skipped(path, "the file is empty") : parse(path, bytes);
    }

    private ReadResult parse(String path, byte[] bytes) {
        String ext = extension(path);
        String markdownText;
        if (PDF.contains(ext)) {
            try {
                markdownText = PlainTextNotes.toMarkdown(PdfText.extract(bytes));
            } catch (IOException | RuntimeException e) {
                return new ReadResult.Skipped(path, "not a readable PDF (" + e.getMessage() + ")");
            }
        } else {
            var decoded = decode(path, bytes);
            if (decoded.isEmpty()) {
                return new ReadResult.Skipped(path, "binary content, not text");
            }
            markdownText = TEXT.contains(ext) ? PlainTextNotes.toMarkdown(decoded.get()) : decoded.get();
        }
        Note note = markdown.parse(path, markdownText);
        if (note.sections().isEmpty()) {
            return new ReadResult.Skipped(path, "no text found in it");
        }
        return new ReadResult.Parsed(note);
    }

    /**
     * The text of a note: UTF-8 (a byte-order mark dropped), UTF-16 with its byte-order mark, or, when the bytes
     * are neither, Windows-1252 / Latin-1 (said in a warning naming the file, since a guess may be wrong);
     * empty for binary content.
     */
    private Optional<String> decode(String path, byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return strict(bytes, StandardCharsets.UTF_16).map(FileSystemNoteSource::withoutBom);
        }
        if (binary(bytes)) {
            return Optional.empty();
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.map(FileSystemNoteSource::withoutBom);
        }
        Optional<String> latin =
                strict(bytes, Charset.forName("windows-1252")).or(() -> strict(bytes, StandardCharsets.ISO_8859_1));
        latin.ifPresent(s -> LOG.warn(
                "{} is not UTF-8; read as Latin-1 (Windows-1252). Save it as UTF-8 if its accents look wrong", path));
        return latin;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean binary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
