package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ComponentStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Button and form payloads in SQL, one row per id. */
public final class JdbcComponentStore implements ComponentStore {
    private final DataSource dataSource;

    public JdbcComponentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(String id, String payload, Instant expiresAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO component (id, payload, expires_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, expires_at = excluded.expires_at")) {
            ps.setString(1, id);
            ps.setString(2, payload);
            ps.setLong(3, expiresAt.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving a button", e);
        }
    }

    @Override
    public Optional<Entry> find(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT payload, expires_at FROM component WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Entry(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading a button", e);
        }
    }
}
