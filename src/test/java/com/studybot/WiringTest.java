package com.studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class WiringTest {
    @Test
    void eachNotesFolderGetsItsOwnIndexFolder() {
        Path data = Path.of("/data");
        Path a = Engine.indexDir(data, Path.of("/notes/biology"));
        Path b = Engine.indexDir(data, Path.of("/other/biology"));
        assertThat(a).isNotEqualTo(b);
        assertThat(a.getParent()).isEqualTo(data.resolve("index"));
        assertThat(a.getFileName().toString()).startsWith("biology-");
        assertThat(Engine.indexDir(data, Path.of("/notes/biology/../biology"))).isEqualTo(a);
    }
}
