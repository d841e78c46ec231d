package com.studybot.adapter.content.git;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.errors.InvalidRemoteException;

/**
 * Text about a Git remote made safe to log: credentials inside URLs ({@code https://user:secret@host}) become
 * {@code ***}, and so does every occurrence of the token; error chains become one short line.
 */
final class Masking {
    /**
     * Userinfo of any URL: from {@code ://} to the last {@code @} before the next {@code /}; JGit writes a file URL's
     * as {@code file:///user:secret@/path}, hence the optional slash.
     */
    private static final Pattern USERINFO = Pattern.compile("(?<=://)/?[^/\\s]*@");

    /** JGit starts most transport messages with the remote's URL, which the log line already names. */
    private static final Pattern LEADING_URL = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*://|/)\\S*: ");

    private static final int MAX_REASON = 300;

    private final String token;

    Masking(String token) {
        this.token = token.strip();
    }

    String apply(String text) {
        String masked = USERINFO.matcher(text).replaceAll("***@");
        return token.isEmpty() ? masked : masked.replace(token, "***");
    }

    /** The messages of an exception and its causes, each once, as one masked line. */
    String reason(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
            if (t instanceof InvalidRemoteException && t.getCause() != null) {
                continue; // "Invalid remote: origin"; its cause says why
            }
            String message = oneLine(t.getMessage());
            if (!message.isEmpty() && parts.stream().noneMatch(p -> p.contains(message))) {
                parts.add(message);
            }
        }
        String line = apply(parts.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", parts));
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 1) + "…";
    }

    private static String oneLine(String message) {
        String line = message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
        return LEADING_URL.matcher(line).replaceFirst("");
    }
}
