package com.studybot.adapter.content;

import com.studybot.core.content.SourceFile;
import com.studybot.core.quiz.Card;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.CardSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The cards written in the Markdown and text notes of the content folder (same files the index reads). */
public final class FileSystemCardSource implements CardSource {
    private static final Logger LOG = LoggerFactory.getLogger(FileSystemCardSource.class);

    private final Path root;
    private final FileSystemNoteSource files;

    public FileSystemCardSource(Path root, long maxFileBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.files = new FileSystemNoteSource(root, maxFileBytes);
    }

    @Override
    public List<Card> cards() {
        var cards = new ArrayList<Card>();
        for (SourceFile f : files.list()) {
            if (f.path().endsWith(".pdf") || f.size() == 0 || f.contentHash().startsWith("size:")) {
                continue;
            }
            try {
                String text = Files.readString(root.resolve(f.path()), StandardCharsets.UTF_8);
                cards.addAll(CardParser.parse(f.path(), text));
            } catch (IOException | RuntimeException e) {
                LOG.debug("No cards read from {}: {}", f.path(), e.getMessage());
            }
        }
        return cards;
    }
}
