package com.studybot.cli;

import com.studybot.core.common.ControlChars;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that shows control characters as text ({@link ControlChars#visible}) instead of passing them on. */
final class VisibleControls extends FilterWriter {
    VisibleControls(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(ControlChars.visible((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        out.write(ControlChars.visible(new String(buf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(ControlChars.visible(str.substring(off, off + len)));
    }
}
