package com.studybot.core.upload;

import java.util.Objects;

/** Fetches an uploaded file's bytes (from Discord's CDN): reads at most {@code maxBytes}, then stops. */
@FunctionalInterface
public interface Download {
    /** What a download gave: the bytes read (at most the cap), or why it failed. */
    sealed interface Fetched {
        record Bytes(byte[] bytes) implements Fetched {
            public Bytes {
                Objects.requireNonNull(bytes, "bytes");
            }
        }

        record Failed(String reason) implements Fetched {
            public Failed {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /** The file's bytes, at most {@code maxBytes} of them (a longer file comes back cut at the cap). */
    Fetched fetch(long maxBytes);
}
