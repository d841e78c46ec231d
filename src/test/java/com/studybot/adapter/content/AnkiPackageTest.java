package com.studybot.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void reviewCardsOfAnAnki21PackageStartFromAnkisScheduleAndTheOthersFromZero() throws Exception {
        // GIVEN a collection made 2020-09-14 04:00 UTC (crt 1600056000)
        Path db = collection(SCHEMA_11);
        exec(
                db,
                "INSERT INTO col VALUES (1,1600056000,0,0,11,0,0,0,'{}','{}','{\"1\": {\"name\": \"Default\"}}',"
                        + "'{}','{}')");
        // a "Basic (and reversed)" note: the reverse card (ord 1, listed first) has a schedule of its own
        noteOnly(db, 30, "Capital of France?", "Paris");
        card(db, 301, 30, 1, 1, 2, 2, 1400, 30, 2300, 0, 0);
        card(db, 300, 30, 1, 0, 2, 2, 1500, 120, 2650, 0, 0);
        // a cloze note: c1 is still new, c2 in review
        noteOnly(db, 31, "{{c1::Lambda}} runs code without {{c2::servers}}.", "");
        card(db, 310, 31, 1, 0, 0, 0, 7, 0, 0, 0, 0);
        card(db, 311, 31, 1, 1, 2, 2, 1000, 9, 1300, 0, 0);
        // a card in a filtered deck: due there is a position, its home deck's day is in odue
        noteOnly(db, 32, "Filtered?", "Yes");
        card(db, 320, 32, 5, 0, 2, 2, -100_000, 4, 2500, 1, 3000);
        // a relearning card due again today: due is a timestamp (2027-01-15 08:00 UTC), ivl the new interval
        noteOnly(db, 33, "Relearning?", "Yes");
        card(db, 330, 33, 1, 0, 3, 1, 1_800_000_000, 2, 2100, 0, 0);
        // cards Anki would not have scheduled this way, or suspended: all imported, from zero
        noteOnly(db, 40, "New?", "Yes");
        card(db, 400, 40, 1, 0, 0, 0, 12, 0, 0, 0, 0);
        noteOnly(db, 41, "Learning?", "Yes");
        card(db, 410, 41, 1, 0, 1, 1, 1_800_000_000, -600, 2500, 0, 0);
        noteOnly(db, 42, "Factor zero?", "Yes");
        card(db, 420, 42, 1, 0, 2, 2, 1500, 120, 0, 0, 0);
        noteOnly(db, 43, "Negative interval?", "Yes");
        card(db, 430, 43, 1, 0, 2, 2, 1500, -600, 2500, 0, 0);
        noteOnly(db, 44, "Absurd due?", "Yes");
        card(db, 440, 44, 1, 0, 2, 2, 999_999, 120, 2500, 0, 0);
        noteOnly(db, 45, "Due not a number?", "Yes");
        card(db, 450, 45, 1, 0, 2, 2, "soon", 120, 2500, 0, 0);
        noteOnly(db, 46, "Suspended?", "Yes");
        card(db, 460, 46, 1, 0, 2, -1, 1500, 120, 2500, 0, 0);
        noteOnly(db, 47, "Buried?", "Yes");
        card(db, 470, 47, 1, 0, 2, -3, 1500, 120, 2500, 0, 0);
        zip(db, "collection.anki21", false, null);

        List<Card> cards = new FileSystemCardSource(root, 10_000_000).cards();

        // THEN every card is there, and each has the schedule of its Anki card (due = 2020-09-14 + due days)
        assertThat(cards)
                .extracting(Card::back, AnkiPackageTest::schedule)
                .containsExactly(
                        tuple("Paris", "2024-10-23,120,265"),
                        tuple("Lambda", "none"),
                        tuple("servers", "2023-06-11,9,130"),
                        tuple("Yes", "2028-12-01,4,250"),
                        tuple("Yes", "2027-01-15,2,210"),
                        tuple("Yes", "none"),
                        tuple("Yes", "none"),
                        tuple("Yes", "none"),
                        tuple("Yes", "none"),
                        tuple("Yes", "none"),
                        tuple("Yes", "none"),
                        tuple("Yes", "none"),
                        tuple("Yes", "2024-10-23,120,250"));
        assertThat(cards.get(4).front()).isEqualTo("Relearning?");
        // the filtered deck's card is filed under its home deck (odid), not the filtered deck it sits in for now
        assertThat(cards.get(3).front()).isEqualTo("Filtered?");
        assertThat(cards.get(3).headingPath()).isEqualTo(cards.get(0).headingPath());
        assertThat(cards.get(12).front()).isEqualTo("Buried?");
    }

    @Test
    void reviewCardsOfAPackageOfAnkiAfter2150StartFromAnkisSchedule() throws Exception {
        // GIVEN a schema 18 collection (decks table, crt still in col) made 2023-11-14 22:13:20 UTC
        Path db = collection(SCHEMA_11 + ";\n" + SCHEMA_18_DECKS);
        exec(db, "INSERT INTO col VALUES (1,1700000000,0,0,18,0,0,0,'','','','','')");
        exec(db, "INSERT INTO decks VALUES (42, 'Networks' || char(31) || 'TCP', 0, 0, x'', x'')");
        noteOnly(db, 20, "How many steps has the TCP handshake?", "Three");
        card(db, 200, 20, 42, 0, 2, 2, 800, 60, 2450, 0, 0);
        noteOnly(db, 21, "Which port does HTTPS use?", "443");
        card(db, 210, 21, 42, 0, 0, 0, 3, 0, 0, 0, 0);
        noteOnly(db, 22, "What does RST do?", "Resets the connection");
        card(db, 220, 22, 42, 0, 3, 3, 800, 0, 2450, 0, 0); // relearning with no interval: from zero
        Path stub = collection(SCHEMA_11);
        exec(stub, "INSERT INTO col VALUES (1,0,0,0,11,0,0,0,'{}','{}','{\"1\": {\"name\": \"Default\"}}','{}','{}')");
        note(stub, 1, 1, "Please update to the latest Anki version, then import the .colpkg/.apkg file again.", "");
        zip(db, "collection.anki21b", true, stub);

        List<Card> cards = new FileSystemCardSource(root, 10_000_000).cards();

        assertThat(cards)
                .extracting(Card::back, AnkiPackageTest::schedule)
                .containsExactly(
                        tuple("Three", "2026-01-22,60,245"),
                        tuple("443", "none"),
                        tuple("Resets the connection", "none"));
        assertThat(cards).allSatisfy(c -> assertThat(c.headingPath()).containsExactly("Networks", "TCP"));
    }

    @Test
    void aCollectionWithoutItsCreationTimeImportsItsReviewCardsFromZero() throws Exception {
        Path db = collection(SCHEMA_11 + ";\n" + SCHEMA_18_DECKS); // no col row at all
        exec(db, "INSERT INTO decks VALUES (42, 'Networks', 0, 0, x'', x'')");
        noteOnly(db, 20, "How many steps has the TCP handshake?", "Three");
        card(db, 200, 20, 42, 0, 2, 2, 800, 60, 2450, 0, 0);
        noteOnly(db, 21, "Relearning?", "Yes"); // a timestamp due needs no creation time
        card(db, 210, 21, 42, 0, 3, 1, 1_800_000_000, 2, 2100, 0, 0);
        zip(db, "collection.anki21b", true, null);

        List<Card> cards = new FileSystemCardSource(root, 10_000_000).cards();

        assertThat(cards)
                .extracting(Card::back, AnkiPackageTest::schedule)
                .containsExactly(tuple("Three", "none"), tuple("Yes", "2027-01-15,2,210"));
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

    private static String schedule(Card c) {
        return c.schedule()
                .map(s -> s.due() + "," + s.intervalDays() + "," + s.ease())
                .orElse("none");
    }

    private static void noteOnly(Path db, long id, String... fields) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement n =
                        c.prepareStatement("INSERT INTO notes VALUES (?, ?, 1, 0, 0, '', ?, 0, 0, 0, '')")) {
            n.setLong(1, id);
            n.setString(2, "guid" + id);
            n.setString(3, String.join("\u001f", fields));
            n.executeUpdate();
        }
    }

    /** A card as Anki stores it: {@code due} is an Object so that a test can store what Anki would not. */
    private static void card(
            Path db,
            long id,
            long note,
            long deck,
            int ord,
            int type,
            int queue,
            Object due,
            int ivl,
            int factor,
            long odid,
            int odue)
            throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement card = c.prepareStatement(
                        "INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, 0, '')")) {
            card.setLong(1, id);
            card.setLong(2, note);
            card.setLong(3, deck);
            card.setInt(4, ord);
            card.setInt(5, type);
            card.setInt(6, queue);
            card.setObject(7, due);
            card.setInt(8, ivl);
            card.setInt(9, factor);
            card.setInt(10, odue);
            card.setLong(11, odid);
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
