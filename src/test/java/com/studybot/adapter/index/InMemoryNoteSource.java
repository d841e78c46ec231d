package com.studybot.adapter.index;

import com.studybot.core.common.Hashes;
import com.studybot.core.content.Note;
import com.studybot.core.content.NoteSource;
import com.studybot.core.content.ReadResult;
import com.studybot.core.content.Section;
import com.studybot.core.content.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Notes held in memory: path to (heading, text) sections, editable between syncs. */
final class InMemoryNoteSource implements NoteSource {
    final Map<String, List<Section>> notes = new TreeMap<>();

    void put(String path, String heading, String text) {
        notes.put(path, List.of(new Section(List.of(heading), text)));
    }

    @Override
    public List<SourceFile> list() {
        return notes.entrySet().stream()
                .map(e ->
                        new SourceFile(e.getKey(), 1, Hashes.sha256(e.getValue().toString())))
                .toList();
    }

    @Override
    public ReadResult read(SourceFile file) {
        List<Section> sections = notes.get(file.path());
        if (sections == null) {
            return new ReadResult.Skipped(file.path(), "gone");
        }
        return new ReadResult.Parsed(new Note(file.path(), file.path(), List.of(), List.of(), sections));
    }
}
