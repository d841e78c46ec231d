package com.studybot.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.luben.zstd.ZstdOutputStream;
import com.studybot.core.quiz.Card;
import com.studybot.testing.LogCapture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anki packages as Anki writes them: a zip holding the collection's SQLite database, in the schema of Anki 2.1
 * (decks as JSON in {@code col}) or, from 2.1.50, compressed with Zstandard in the newer schema (a {@code decks}
 * table) beside a legacy collection that only asks to update Anki.
 */
final class AnkiPackageTest {
    private static final String SCHEMA_11 = """
            CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
              ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
              models text not null, decks text not null, dconf text not null, tags text not null);
            CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
              usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
              flags integer not null, data text not null);
            CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
              mod integer not null, usn integer not null, type integer not null, queue integer not null,
              due integer not null, ivl integer not null, factor integer not null, reps integer not null,
              lapses integer not null, left integer not null, odue integer not null, odid integer not null,
              flags integer not null, data text not null)""";
    private static final String SCHEMA_18_DECKS = """
            CREATE TABLE decks (id integer primary key not null, name text not null, mtime_secs integer not null,
              usn integer not null, common blob not null, kind blob not null)""";

    @TempDir
    Path root;

    @TempDir
    Path scratch;

    @Test
    void anAnki21PackageGivesBasicAndClozeCardsUnderTheirDeck() throws Exception {
        Path db = collection(SCHEMA_11);
        exec(
                db,
                "INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}','{}',"
                        + "'{\"1\": {\"name\": \"Default\"}, \"1700\": {\"name\": \"AWS::Compute\"}}','{}','{}')");
        note(db, 10, 1700, "What does <b>EC2</b> provide?", "Resizable virtual servers<br>in the cloud");
        note(db, 11, 1700, "{{c1::Lambda}} runs code without {{c2::servers::hint}}.[sound:lambda.mp3]", "");
        zip(db, "collection.anki2", false, null);

        List<Card> cards = new FileSystemCardSource(root, 10_000_000).cards();

        assertThat(cards)
                .extracting(Card::front, Card::back, Card::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "What does EC2 provide?", "Resizable virtual servers\nin the cloud", Card.Kind.BASIC),
                        org.assertj.core.groups.Tuple.tuple(
                                "[...] runs code without servers.", "Lambda", Card.Kind.CLOZE),
                        org.assertj.core.groups.Tuple.tuple(
                                "Lambda runs code without [...].", "servers", Card.Kind.CLOZE));
        assertThat(cards).allSatisfy(c -> {
            assertThat(c.file()).isEqualTo("deck.apkg");
            assertThat(c.headingPath()).containsExactly("AWS", "Compute");
        });
    }

    @Test
    void aPackageOfAnkiAfter2150IsReadFromItsCompressedCollectionNotTheStub() throws Exception {
        Path db = collection(SCHEMA_11 + ";\n" + SCHEMA_18_DECKS);
        exec(
                db,
                "INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x''), (42, 'Networks' || char(31) || 'TCP', 0, 0, x'', x'')");
        note(db, 20, 42, "How many steps has the TCP handshake?", "Three");
        Path stub = collection(SCHEMA_11);
        exec(stub, "INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}','{}','{\"1\": {\"name\": \"Default\"}}','{}','{}')");
        note(stub, 1, 1, "Please update to the latest Anki version, then import the .colpkg/.apkg file again.", "");
        zip(db, "collection.anki21b", true, stub);

        List<Card> cards = new FileSystemCardSource(root, 10_000_000).cards();

        assertThat(cards).singleElement().satisfies(c -> {
            assertThat(c.front()).isEqualTo("How many steps has the TCP handshake?");
            assertThat(c.back()).isEqualTo("Three");
            assertThat(c.headingPath()).containsExactly("Networks", "TCP");
        });
    }

    @Test
    void aBrokenPackageIsSkippedWithOneWarningNamingItAndTheOtherCardsStay() throws Exception {
        Files.writeString(root.resolve("broken.apkg"), "not a zip at all");
        Files.writeString(root.resolve("cards.md"), "#flashcards\n\nWhat is S3?::Object storage\n");
        try (var logs = LogCapture.attach()) {
            var source = new FileSystemCardSource(root, 10_000_000);
            List<Card> first = source.cards();
            source.cards();

            assertThat(first).extracting(Card::front).containsExactly("What is S3?");
            assertThat(logs.lines())
                    .filteredOn(l -> l.contains("broken.apkg"))
                    .singleElement()
                    .satisfies(l -> assertThat(l)
                            .startsWith("WARN FileSystemCardSource: Skipping the Anki package broken.apkg: "));
            assertThat(logs.stackTraces()).isZero();
        }
    }

    private Path collection(String schema) throws SQLException, IOException {
        Path db = Files.createTempDirectory(scratch, "anki").resolve("collection.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement()) {
            for (String statement : schema.split(";")) {
                st.executeUpdate(statement);
            }
        }
        return db;
    }

    private static void exec(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static void note(Path db, long id, long deck, String... fields) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement n =
                        c.prepareStatement("INSERT INTO notes VALUES (?, ?, 1, 0, 0, '', ?, 0, 0, 0, '')");
                PreparedStatement card = c.prepareStatement(
                        "INSERT INTO cards VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
            n.setLong(1, id);
            n.setString(2, "guid" + id);
            n.setString(3, String.join("\u001f", fields));
            n.executeUpdate();
            card.setLong(1, id * 10);
            card.setLong(2, id);
            card.setLong(3, deck);
            card.executeUpdate();
        }
    }

    private void zip(Path db, String name, boolean zstd, Path legacyStub) throws IOException {
        byte[] collection = Files.readAllBytes(db);
        if (zstd) {
            var compressed = new ByteArrayOutputStream();
            try (var z = new ZstdOutputStream(compressed)) {
                z.write(collection);
            }
            collection = compressed.toByteArray();
        }
        try (var out = new ZipOutputStream(Files.newOutputStream(root.resolve("deck.apkg")))) {
            if (legacyStub != null) { // Anki writes the stub first
                out.putNextEntry(new ZipEntry("collection.anki2"));
                out.write(Files.readAllBytes(legacyStub));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(collection);
            out.closeEntry();
        }
    }
}
