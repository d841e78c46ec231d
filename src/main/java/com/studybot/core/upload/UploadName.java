package com.studybot.core.upload;

import com.studybot.core.common.ControlChars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an uploaded note may be saved: {@code uploads/<server id>/[folder/]name}, relative to the notes folder.
 * A name (and each folder segment) is refused when it has {@code ..}, a slash or backslash, a control character,
 * a leading '.', is empty, or is a name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension);
 * other odd characters become '_'. The file must end in a type the notes are read from. The whole relative path
 * below the server's folder stays within {@link #MAX_LENGTH} characters, so it fits a Discord choice.
 */
public final class UploadName {
    /** The folder under the notes folder that uploads go to, one subfolder per server. */
    public static final String ROOT = "uploads";
    /** The file types notes are read from (as the notes folder reads them). */
    public static final Set<String> TYPES = Set.of("md", "markdown", "txt", "text", "pdf");
    /** The longest path below the server's folder: a Discord choice's value may hold 100 characters. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])");
    private static final Pattern ODD = Pattern.compile("[^\\p{L}\\p{N} ._()+,-]");
    private static final Pattern SERVER = Pattern.compile("\\d{1,20}");

    private UploadName() {}

    /** A name or folder that was accepted: the path below the notes folder, or why it was not. */
    public sealed interface Checked {
        record Accepted(String path, String belowServer) implements Checked {}

        /** Refused; {@code wrongType} when the name is fine but not of a type the notes are read from. */
        record Rejected(String reason, boolean wrongType) implements Checked {}
    }

    /**
     * Checks {@code fileName} and the optional {@code folder} ("" for none; segments joined by '/') for server
     * {@code serverId}.
     */
    public static Checked check(String serverId, String fileName, String folder) {
        if (!SERVER.matcher(serverId).matches()) {
            throw new IllegalArgumentException("serverId must be a Discord id, was " + serverId);
        }
        Optional<String> badName = problem(fileName, "file name");
        if (badName.isPresent()) {
            return new Checked.Rejected(badName.get(), false);
        }
        String name = sanitised(fileName);
        String type = extension(name);
        if (!TYPES.contains(type)) {
            return new Checked.Rejected(
                    "I only read notes in " + String.join(", ", sortedTypes())
                            + (type.isEmpty()
                                    ? " files; '" + name + "' has no file type."
                                    : " files, not ." + type + "."),
                    true);
        }
        var segments = new ArrayList<String>();
        String trimmed = folder.strip().replaceAll("^/+|/+$", "");
        if (!trimmed.isEmpty()) {
            if (trimmed.contains("\\")) {
                return new Checked.Rejected("A folder is separated by '/', never '\\'.", false);
            }
            for (String segment : trimmed.split("/", -1)) {
                Optional<String> bad = problem(segment, "folder name");
                if (bad.isPresent()) {
                    return new Checked.Rejected(bad.get(), false);
                }
                segments.add(sanitised(segment));
            }
        }
        segments.add(name);
        String below = String.join("/", segments);
        if (below.length() > MAX_LENGTH) {
            return new Checked.Rejected(
                    "The folder and file name together are " + below.length() + " characters; keep them within "
                            + MAX_LENGTH + ".",
                    false);
        }
        return new Checked.Accepted(ROOT + "/" + serverId + "/" + below, below);
    }

    /** The folder, below the notes folder, of server {@code serverId}'s uploads. */
    public static String serverFolder(String serverId) {
        return ROOT + "/" + serverId;
    }

    /** Why {@code name} cannot be a file or folder name, if it cannot. */
    static Optional<String> problem(String name, String what) {
        if (name.isBlank()) {
            return Optional.of("The " + what + " is empty.");
        }
        if (name.contains("..")) {
            return Optional.of("A " + what + " may not contain '..'.");
        }
        if (name.contains("/") || name.contains("\\")) {
            return Optional.of("A " + what + " may not contain '/' or '\\'.");
        }
        if (name.codePoints().anyMatch(c -> ControlChars.isUnsafe(c) || c == '\n' || c == '\t')) {
            return Optional.of("The " + what + " has control characters in it.");
        }
        if (name.startsWith(".")) {
            return Optional.of("A " + what + " may not start with '.' (hidden files are not read).");
        }
        String base = name.strip();
        int dot = base.indexOf('.');
        if (RESERVED.matcher((dot < 0 ? base : base.substring(0, dot)).strip()).matches()) {
            return Optional.of("'" + name + "' is a name Windows reserves for a device; pick another " + what + ".");
        }
        return Optional.empty();
    }

    /** Odd characters as '_', no spaces or dots at the ends (Windows drops trailing ones). */
    static String sanitised(String name) {
        String s = ODD.matcher(name.strip()).replaceAll("_");
        return s.replaceAll("[ .]+$", "");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static List<String> sortedTypes() {
        return TYPES.stream().sorted().map(t -> "." + t).toList();
    }
}
