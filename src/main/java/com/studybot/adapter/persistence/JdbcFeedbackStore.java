package com.studybot.adapter.persistence;

import com.studybot.core.persistence.FeedbackStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** Answer feedback in SQL, one row per answer and user. */
public final class JdbcFeedbackStore implements FeedbackStore {
    private static final String UPSERT =
            "INSERT INTO answer_feedback (answer_id, user_id, question, helpful, voted_at) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (answer_id, user_id) DO UPDATE SET helpful = excluded.helpful,"
                    + " voted_at = excluded.voted_at";

    private final DataSource dataSource;

    public JdbcFeedbackStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String userId, String answerId, String question, boolean helpful, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, answerId);
            ps.setString(2, userId);
            ps.setString(3, question);
            ps.setInt(4, helpful ? 1 : 0);
            ps.setLong(5, at.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving feedback", e);
        }
    }

    @Override
    public Votes votes(String answerId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT COALESCE(SUM(helpful), 0), COUNT(*)" + " FROM answer_feedback WHERE answer_id = ?")) {
            ps.setString(1, answerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int helpful = rs.getInt(1);
                return new Votes(helpful, rs.getInt(2) - helpful);
            }
        } catch (SQLException e) {
            throw new StoreException("reading feedback", e);
        }
    }
}
