package com.studybot.adapter.persistence;

import com.studybot.core.persistence.Transactions;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A migrated database: SQLite under the data folder (the embedded default: WAL, one writer) or PostgreSQL
 * for scale-out. Flyway applies {@code db/migration} on open, so the schema is always current.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final JdbcTransactions transactions;

    private Database(HikariConfig config, Optional<String> schema) {
        this.dataSource = connect(config);
        this.transactions = new JdbcTransactions(dataSource);
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s));
        try {
            flyway.load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw unusable(config, e);
        }
    }

    /**
     * SQLite in WAL mode with {@code synchronous=NORMAL}: a committed write survives a killed process; a power
     * cut may lose the last transactions (see README).
     */
    public static Database sqlite(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file.getParent(), e);
        }
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", "5000");
        config.addDataSourceProperty("foreign_keys", "true");
        config.setMaximumPoolSize(1);
        config.setPoolName("studybot-sqlite");
        return new Database(config, Optional.empty());
    }

    /**
     * The database the configuration names: PostgreSQL at {@code url} as {@code user} (with {@code password}, from
     * the environment), or SQLite under {@code dataDir} when no URL is set. An unreachable database, or one that
     * refuses the login, is a {@link DatabaseUnavailable} naming host and port.
     */
    public static Database open(String url, String user, Optional<String> password, int poolSize, Path dataDir) {
        if (url.isBlank()) {
            return sqlite(dataDir.resolve("studybot.db"));
        }
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        if (!user.isBlank()) {
            config.setUsername(user);
        }
        password.ifPresent(config::setPassword);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(CONNECT_WAIT.toMillis()); // while running: retried for this long, then an error
        config.setPoolName("studybot-postgres");
        return new Database(config, Optional.empty());
    }

    /** How long a PostgreSQL connection is waited for (retried) before a step fails. */
    static final java.time.Duration CONNECT_WAIT = java.time.Duration.ofSeconds(10);

    /** The pool, its first connection made now: a database that cannot be used is said here, in one line. */
    private static HikariDataSource connect(HikariConfig config) {
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw unusable(config, e);
        }
    }

    /** What to say when the database cannot be used: a damaged SQLite file, or a server that cannot be used. */
    private static DatabaseUnavailable unusable(HikariConfig config, RuntimeException e) {
        String url = config.getJdbcUrl();
        if (url.startsWith("jdbc:sqlite:")) {
            return new DatabaseUnavailable(
                    "The database file " + url.substring("jdbc:sqlite:".length()) + " cannot be used (" + rootMessage(e)
                            + "): restore it from a backup, or move it aside to start afresh (quizzes, scores and"
                            + " daily posts then start empty).",
                    e);
        }
        return new DatabaseUnavailable(
                "Cannot use the database at " + where(url) + ": " + rootMessage(e)
                        + ". Check database.url and database.user (the password comes from"
                        + " STUDYBOT_DATABASE_PASSWORD), and that the server is running.",
                e);
    }

    /** "host:port/database" of a JDBC URL, without its parameters (which may hold a password). */
    static String where(String jdbcUrl) {
        String rest = jdbcUrl.replaceFirst("^jdbc:[a-z]+:(//)?", "");
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m).strip().replaceFirst("\\.$", "");
    }

    /** PostgreSQL at {@code jdbcUrl}, every table in {@code schema} (created when missing). */
    public static Database postgres(String jdbcUrl, String schema) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setSchema(schema);
        config.setMaximumPoolSize(8);
        config.setPoolName("studybot-postgres");
        return new Database(config, Optional.of(schema));
    }

    /** The stores' data source: inside {@link #transactions()}' work, the connection of that transaction. */
    public DataSource dataSource() {
        return transactions.dataSource();
    }

    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
