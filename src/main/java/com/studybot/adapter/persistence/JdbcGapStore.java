package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GapStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Coverage gaps in SQL, one row per open key; an asking is one upsert that adds one to the count, so
 * concurrent askings are all counted.
 */
public final class JdbcGapStore implements GapStore {
    private static final String UPSERT = "INSERT INTO coverage_gap (gap_key, question, asked, last_asked)"
            + " VALUES (?, ?, 1, ?) ON CONFLICT (gap_key) DO UPDATE SET asked = coverage_gap.asked + 1,"
            + " question = excluded.question, last_asked = excluded.last_asked";
    private static final String TOP = "SELECT gap_key, question, asked, last_asked FROM coverage_gap"
            + " ORDER BY asked DESC, last_asked DESC, gap_key LIMIT ?";

    private final DataSource dataSource;

    public JdbcGapStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String key, String question, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, key);
            ps.setString(2, question);
            ps.setLong(3, at.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("recording a coverage gap", e);
        }
    }

    @Override
    public List<Gap> top(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        var out = new ArrayList<Gap>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(TOP)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Gap(
                            rs.getString(1), rs.getString(2), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading coverage gaps", e);
        }
        return List.copyOf(out);
    }

    @Override
    public void close(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM coverage_gap WHERE gap_key = ?")) {
            ps.setString(1, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("closing a coverage gap", e);
        }
    }
}
