package com.studybot.adapter.persistence;

import com.studybot.core.persistence.CardMemoryStore;
import com.studybot.core.quiz.CardMemory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Card memory in SQL; the same statements run on SQLite and PostgreSQL. */
public final class JdbcCardMemoryStore implements CardMemoryStore {
    private static final String UPSERT =
            "INSERT INTO card_memory (user_id, card_id, stability, difficulty, last_review, due,"
                    + " scheduled_days, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (user_id, card_id) DO UPDATE SET stability = excluded.stability,"
                    + " difficulty = excluded.difficulty, last_review = excluded.last_review, due = excluded.due,"
                    + " scheduled_days = excluded.scheduled_days, reps = excluded.reps, lapses = excluded.lapses";
    private static final String FIND = "SELECT stability, difficulty, last_review, due, scheduled_days, reps, lapses"
            + " FROM card_memory WHERE user_id = ? AND card_id = ?";
    private static final String DUE =
            "SELECT card_id FROM card_memory WHERE user_id = ? AND due <= ?" + " ORDER BY due, card_id LIMIT ?";

    private final DataSource dataSource;

    public JdbcCardMemoryStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<CardMemory> find(String userId, String cardId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, userId);
            ps.setString(2, cardId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading card memory", e);
        }
    }

    private static CardMemory read(ResultSet rs) throws SQLException {
        long last = rs.getLong(3);
        Optional<Instant> lastReview = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
        return new CardMemory(
                rs.getDouble(1),
                rs.getDouble(2),
                lastReview,
                Instant.ofEpochMilli(rs.getLong(4)),
                rs.getInt(5),
                rs.getInt(6),
                rs.getInt(7));
    }

    @Override
    public void save(String userId, String cardId, CardMemory m) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, userId);
            ps.setString(2, cardId);
            ps.setDouble(3, m.stability());
            ps.setDouble(4, m.difficulty());
            if (m.lastReview().isPresent()) {
                ps.setLong(5, m.lastReview().get().toEpochMilli());
            } else {
                ps.setNull(5, Types.BIGINT);
            }
            ps.setLong(6, m.due().toEpochMilli());
            ps.setInt(7, m.scheduledDays());
            ps.setInt(8, m.reps());
            ps.setInt(9, m.lapses());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving card memory", e);
        }
    }

    @Override
    public List<String> due(String userId, Instant now, int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(DUE)) {
            ps.setString(1, userId);
            ps.setLong(2, now.toEpochMilli());
            ps.setInt(3, limit);
            var ids = new ArrayList<String>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("listing due cards", e);
        }
    }
}
