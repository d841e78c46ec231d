package com.studybot.adapter.index;

import com.studybot.core.common.OperatorError;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The disk under the index filled up while it was being updated: what was committed stays (the next run
 * resumes from there), and the message says which folder and roughly how much more space the update needs.
 */
public final class IndexDiskFull extends OperatorError {
    private static final long serialVersionUID = 1L;
    private static final long MB = 1024 * 1024;

    public IndexDiskFull(Path dir, long bytesNeeded, Throwable cause) {
        super(
                "The disk holding the index in " + dir + " is full: indexing needs about "
                        + Math.max(1, (bytesNeeded + MB - 1) / MB)
                        + " MB more. Free some space and run again; what was indexed so far is kept.",
                cause);
    }

    /**
     * Whether {@code e} or one of its causes says the disk is full (Linux and macOS "No space left on device",
     * Windows "There is not enough space on the disk"), as a message or a {@link FileSystemException}'s reason.
     */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (saysFull(t.getMessage()) || (t instanceof FileSystemException f && saysFull(f.getReason()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysFull(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("not enough space");
    }
}
