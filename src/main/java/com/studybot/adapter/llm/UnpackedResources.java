package com.studybot.adapter.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * Files shipped inside the jar (an embedding model, ONNX Runtime's native libraries), unpacked once into a cache
 * folder under data/ and read from there on every later start: inflating them from the jar took a quarter of a
 * second of each start, and reading a model through a Java array left it twice in memory. Files are kept in a
 * folder named by their CRC-32s as the jar records them, so a new jar's files are new files; each is written to a
 * temporary name and moved into place, so a crash or a full disk never leaves a half-written file under its name.
 */
final class UnpackedResources {
    private final Path dir;

    /** {@code dir}: the cache folder (created when first needed). */
    UnpackedResources(Path dir) {
        this.dir = dir;
    }

    /**
     * The classpath resource {@code name} as a file: the resource itself when it is a file already (a build's
     * classes), else its unpacked copy in the cache; empty when there is no such resource.
     *
     * @throws UncheckedIOException when the copy cannot be written (a read-only or full disk)
     */
    Optional<Path> file(String name) {
        return folder(name).map(folder -> folder.resolve(fileName(name)));
    }

    /**
     * One folder holding the classpath resources {@code names} under their own file names (a library that loads
     * its parts from one folder): the resources' own folder when they are files in one folder already, else a
     * folder of the cache named by their CRCs; empty when one of them is missing.
     *
     * @throws UncheckedIOException when a copy cannot be written (a read-only or full disk)
     */
    Optional<Path> folder(String... names) {
        var urls = new URL[names.length];
        for (int i = 0; i < names.length; i++) {
            urls[i] = UnpackedResources.class.getResource("/" + names[i]);
            if (urls[i] == null) {
                return Optional.empty();
            }
        }
        try {
            Optional<Path> own = ownFolder(urls);
            if (own.isPresent()) {
                return own;
            }
            var key = new CRC32();
            for (URL url : urls) {
                key.update(Long.toString(crcOf(url)).getBytes(StandardCharsets.US_ASCII));
            }
            Path folder = dir.resolve(crcHex(key.getValue()));
            for (int i = 0; i < names.length; i++) {
                Path target = folder.resolve(fileName(names[i]));
                if (!Files.isRegularFile(target)) {
                    unpack(urls[i], folder, target);
                }
            }
            return Optional.of(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + String.join(", ", names) + " into " + dir, e);
        }
    }

    private static Optional<Path> ownFolder(URL[] urls) {
        Path folder = null;
        for (URL url : urls) {
            if (!url.getProtocol().equals("file")) {
                return Optional.empty();
            }
            try {
                Path parent = Path.of(url.toURI()).getParent();
                if (folder != null && !folder.equals(parent)) {
                    return Optional.empty();
                }
                folder = parent;
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(folder);
    }

    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The CRC-32 the jar records for the entry (read without inflating it), else computed from its bytes. */
    private static long crcOf(URL url) throws IOException {
        var connection = url.openConnection();
        if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() >= 0) {
            return jar.getJarEntry().getCrc();
        }
        var crc = new CRC32();
        try (var in = new CheckedInputStream(connection.getInputStream(), crc)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return crc.getValue();
    }

    private static String crcHex(long crc) {
        return HexFormat.of().toHexDigits((int) crc).toLowerCase(Locale.ROOT);
    }

    private static void unpack(URL url, Path folder, Path target) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".unpacking-", ".tmp");
        try {
            try (InputStream in = url.openStream()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                // another process unpacked the same file meanwhile: theirs is as good as ours
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
