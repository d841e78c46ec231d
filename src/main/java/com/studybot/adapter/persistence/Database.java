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
        this.dataSource = new HikariDataSource(config);
        this.transactions = new JdbcTransactions(dataSource);
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        schema.ifPresent(s -> flyway.schemas(s).defaultSchema(s));
        flyway.load().migrate();
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
