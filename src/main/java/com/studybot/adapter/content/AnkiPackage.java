package com.studybot.adapter.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import com.studybot.core.quiz.AnkiDeck;
import com.studybot.core.quiz.Card;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the notes of an Anki package ({@code .apkg}): a zip holding the collection as a SQLite database. Anki
 * 2.1.50 and later write it compressed with Zstandard as {@code collection.anki21b}, beside a legacy {@code
 * collection.anki2} that holds only a note asking to update Anki; older versions write {@code collection.anki21}
 * or {@code collection.anki2}. Decks are a table of their own in the new schema and JSON in the {@code col} row
 * in the old one. The review schedules Anki kept for the cards come along (see {@link AnkiSchedules}).
 */
final class AnkiPackage {
    private static final List<String> COLLECTIONS =
            List.of("collection.anki21b", "collection.anki21", "collection.anki2");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnkiPackage() {}

    /** The package's notes; an IOException says why it cannot be read (not a zip, no collection, a broken one). */
    static List<AnkiDeck.Note> notes(Path apkg) throws IOException {
        Path collection = Files.createTempFile("studybot-anki", ".sqlite");
        try {
            try (var zip = new ZipFile(apkg.toFile())) {
                ZipEntry entry = COLLECTIONS.stream()
                        .map(zip::getEntry)
                        .filter(e -> e != null)
                        .findFirst()
                        .orElseThrow(() -> new IOException("no Anki collection inside (not an .apkg export?)"));
                try (InputStream raw = zip.getInputStream(entry);
                        InputStream in = entry.getName().endsWith("b") ? new ZstdInputStream(raw) : raw) {
                    Files.copy(in, collection, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return read(collection);
        } finally {
            Files.deleteIfExists(collection);
        }
    }

    private static List<AnkiDeck.Note> read(Path collection) throws IOException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection);
                Statement st = db.createStatement()) {
            Map<Long, String> decks = decks(db, st);
            Map<Long, Map<Integer, Card.Schedule>> schedules = AnkiSchedules.read(st);
            var notes = new ArrayList<AnkiDeck.Note>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT n.flds, (SELECT CASE WHEN c.odid != 0 THEN c.odid ELSE c.did END FROM cards c "
                            + "WHERE c.nid = n.id "
                            + "ORDER BY c.ord LIMIT 1), n.id FROM notes n ORDER BY n.id")) {
                while (rs.next()) {
                    List<String> fields = Arrays.asList(rs.getString(1).split("\u001f", -1));
                    notes.add(new AnkiDeck.Note(
                            decks.getOrDefault(rs.getLong(2), "Anki"),
                            fields,
                            schedules.getOrDefault(rs.getLong(3), Map.of())));
                }
            }
            return notes;
        } catch (SQLException e) {
            throw new IOException("its collection cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Map<Long, String> decks(Connection db, Statement st) throws SQLException, IOException {
        var names = new HashMap<Long, String>();
        boolean table;
        try (ResultSet rs = db.getMetaData().getTables(null, null, "decks", null)) {
            table = rs.next();
        }
        if (table) { // schema 18: "Parent\u001fChild"
            try (ResultSet rs = st.executeQuery("SELECT id, name FROM decks")) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2).replace("\u001f", "::"));
                }
            }
            return names;
        }
        try (ResultSet rs = st.executeQuery("SELECT decks FROM col")) { // schema 11: {"id": {"name": "A::B"}}
            if (rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank()) {
                JsonNode all = JSON.readTree(rs.getString(1));
                all.fields().forEachRemaining(e -> {
                    try {
                        names.put(
                                Long.parseLong(e.getKey()),
                                e.getValue().path("name").asText("Anki"));
                    } catch (NumberFormatException ignored) {
                        // not a deck id: keep the others
                    }
                });
            }
        }
        return names;
    }
}
