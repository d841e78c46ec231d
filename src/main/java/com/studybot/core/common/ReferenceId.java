package com.studybot.core.common;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A short id (e.g. {@code E7K2QX}) that ties a user-facing error line to a logged stack trace. */
public record ReferenceId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{6}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public ReferenceId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("value must be 6 upper-case letters or digits, was " + value);
        }
    }

    public static ReferenceId random() {
        return random(new SecureRandom());
    }

    public static ReferenceId random(RandomGenerator random) {
        var sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ReferenceId(sb.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
