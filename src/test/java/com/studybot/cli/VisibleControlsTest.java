package com.studybot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

final class VisibleControlsTest {
    @Test
    void everyWayOfPrintingShowsControlsAsText() {
        var text = new StringWriter();
        try (var out = new PrintWriter(new VisibleControls(text))) {
            out.print("a\u001b[2J");
            out.print('\u0007');
            out.printf("%s%n", "b\u009bc");
            out.write(new char[] {'d', '\u001b'}, 0, 2);
        }
        assertThat(text.toString()).isEqualTo("a^[[2J^Gb<U+009B>c" + System.lineSeparator() + "d^[");
    }
}
