package com.studybot.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database for each test: SQLite in a temporary folder, or PostgreSQL (STUDYBOT_TEST_PG_URL) in
 * a fresh schema dropped afterwards, so leftovers of earlier runs never matter. PostgreSQL tests skip when
 * the variable is unset.
 */
final class TestDatabase implements BeforeEachCallback, AfterEachCallback {
    private final boolean postgres;
    private final String url = System.getenv("STUDYBOT_TEST_PG_URL");
    private Database database;
    private Path folder;
    private String schema;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    static TestDatabase sqlite() {
        return new TestDatabase(false);
    }

    static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    Database database() {
        return database;
    }

    /** Another connection pool on the same database, as a second process would open (closed by the caller). */
    Database another() {
        return postgres ? Database.postgres(url, schema) : Database.sqlite(folder.resolve("studybot.db"));
    }

    /** How a process started from here opens the same database: see {@link #open(List)}. */
    List<String> where() {
        return postgres
                ? List.of("postgres", url, schema)
                : List.of("sqlite", folder.resolve("studybot.db").toString());
    }

    /** The database {@link #where()} names, opened as another process would. */
    static Database open(List<String> where) {
        return where.get(0).equals("postgres")
                ? Database.postgres(where.get(1), where.get(2))
                : Database.sqlite(Path.of(where.get(1)));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (postgres) {
            assumeTrue(url != null && !url.isBlank(), "STUDYBOT_TEST_PG_URL is not set");
            schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            database = Database.postgres(url, schema);
        } else {
            folder = Files.createTempDirectory("studybot-db");
            database = Database.sqlite(folder.resolve("studybot.db"));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException, SQLException {
        if (database == null) {
            return;
        }
        database.close();
        if (postgres) {
            try (var c = DriverManager.getConnection(url);
                    var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } else {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
