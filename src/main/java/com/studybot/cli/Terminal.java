package com.studybot.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 stdin and stdout whatever the locale (the JVM would print Chinese as '?' otherwise). What people read
 * ({@link #out()}) shows control characters from notes as text, so a note cannot retitle or clear the
 * terminal; the batch JSON ({@link #rawOut()}) is exact, its controls escaped by the JSON writer.
 */
final class Terminal {
    private Terminal() {}

    static PrintWriter out() {
        return new PrintWriter(new VisibleControls(rawWriter()), false);
    }

    static PrintWriter rawOut() {
        return new PrintWriter(rawWriter(), false);
    }

    private static Writer rawWriter() {
        return new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
    }

    static BufferedReader in() {
        return new BufferedReader(
                new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
    }

    static boolean interactive() {
        return System.console() != null;
    }
}
