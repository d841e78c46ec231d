package com.studybot.adapter.content;

import com.studybot.core.content.SourceFile;
import com.studybot.core.quiz.AnkiDeck;
import com.studybot.core.quiz.Card;
import com.studybot.core.quiz.CardParser;
import com.studybot.core.quiz.CardSource;
import com.studybot.core.quiz.DeckParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cards in the content folder: written in Markdown and text notes, or exported decks (.tsv, .csv, Anki .txt and
 * .apkg packages).
 */
public final class FileSystemCardSource implements CardSource {
    private static final Logger LOG = LoggerFactory.getLogger(FileSystemCardSource.class);

    private final Path root;
    private final FileSystemNoteSource files;

    private final String deckTag;
    private final Set<String> unreadable = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FileSystemCardSource(Path root, long maxFileBytes) {
        this(root, maxFileBytes, CardParser.DEFAULT_DECK_TAG);
    }

    /** {@code deckTag}: the tag that makes a note a deck (its highlights and clozes are cards). */
    public FileSystemCardSource(Path root, long maxFileBytes, String deckTag) {
        this.deckTag = deckTag;
        this.root = root.toAbsolutePath().normalize();
        this.files = new FileSystemNoteSource(
                root, maxFileBytes, Set.of("md", "markdown", "txt", "text", "tsv", "csv", "apkg"));
    }

    @Override
    public List<Card> cards() {
        var cards = new ArrayList<Card>();
        for (SourceFile f : files.list()) {
            if (f.size() == 0 || f.contentHash().startsWith("size:")) {
                continue;
            }
            if (f.path().toLowerCase(java.util.Locale.ROOT).endsWith(".apkg")) {
                cards.addAll(anki(f));
                continue;
            }
            try {
                String text = Files.readString(root.resolve(f.path()), StandardCharsets.UTF_8);
                cards.addAll(
                        isDeck(f.path(), text)
                                ? DeckParser.parse(f.path(), text)
                                : CardParser.parse(f.path(), text, deckTag));
            } catch (IOException | RuntimeException e) {
                LOG.debug("No cards read from {}: {}", f.path(), e.getMessage());
            }
        }
        return cards;
    }

    /** An Anki package's cards; one that cannot be read is skipped with a warning naming it, once per process. */
    private List<Card> anki(SourceFile f) {
        try {
            return AnkiDeck.cards(f.path(), AnkiPackage.notes(root.resolve(f.path())));
        } catch (IOException | RuntimeException | LinkageError e) { // LinkageError: zstd's native library (noexec /tmp)
            if (unreadable.add(f.path() + "\u0000" + f.contentHash())) {
                LOG.warn("Skipping the Anki package {}: {}", f.path(), e.getMessage());
            }
            return List.of();
        }
    }

    /** Spreadsheet exports (.tsv, .csv) and Anki text exports (which start with "#separator:"). */
    private static boolean isDeck(String path, String text) {
        return path.endsWith(".tsv") || path.endsWith(".csv") || text.startsWith("#separator:");
    }
}
