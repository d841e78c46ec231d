package com.studybot.adapter.persistence;

import com.studybot.core.persistence.ScoreStore;
import com.studybot.core.quiz.Scoreboard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Graded answers in SQL, numbered per user so their order (and so streaks) is exact. */
public final class JdbcScoreStore implements ScoreStore {
    private static final String INSERT =
            "INSERT INTO quiz_answer (user_id, topic, correct, answered_at, seq, question_id, community)"
                    + " VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM quiz_answer WHERE user_id = ?), ?, ?)";
    /** Per question, the latest answer in the period (for one user or all) must be wrong. */
    private static final String MISSES = "SELECT a.question_id, MAX(a.answered_at) AS last FROM quiz_answer a"
            + " WHERE a.question_id <> '' AND a.answered_at >= ? AND (? = '' OR a.user_id = ?)"
            + " AND (? = '' OR a.community = ?)"
            + " AND a.correct = 0 AND NOT EXISTS (SELECT 1 FROM quiz_answer b WHERE b.question_id = a.question_id"
            + " AND (? = '' OR b.user_id = ?) AND (? = '' OR b.community = ?)"
            + " AND b.correct = 1 AND b.answered_at > a.answered_at)"
            + " GROUP BY a.question_id ORDER BY last DESC, a.question_id LIMIT ?";

    private final DataSource dataSource;

    public JdbcScoreStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String userId, String community, String topic, String questionId, boolean correct, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, userId);
            ps.setString(2, topic);
            ps.setInt(3, correct ? 1 : 0);
            ps.setLong(4, at.toEpochMilli());
            ps.setString(5, userId);
            ps.setString(6, questionId);
            ps.setString(7, community);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("recording a score", e);
        }
    }

    @Override
    public void overrule(String userId, String questionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE quiz_answer SET correct = 1 WHERE user_id = ?"
                        + " AND seq = (SELECT MAX(seq) FROM quiz_answer WHERE user_id = ? AND question_id = ?)")) {
            ps.setString(1, userId);
            ps.setString(2, userId);
            ps.setString(3, questionId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("counting an answer as right", e);
        }
    }

    @Override
    public List<String> misses(Optional<String> userId, String community, Instant since, int limit) {
        var out = new ArrayList<String>();
        String user = userId.orElse("");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(MISSES)) {
            ps.setLong(1, since.toEpochMilli());
            ps.setString(2, user);
            ps.setString(3, user);
            ps.setString(4, community);
            ps.setString(5, community);
            ps.setString(6, user);
            ps.setString(7, user);
            ps.setString(8, community);
            ps.setString(9, community);
            ps.setInt(10, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading missed questions", e);
        }
        return out;
    }

    @Override
    public List<Standing> leaderboard(String community, String topic, Instant since, int limit) {
        var out = new ArrayList<Standing>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT user_id, SUM(correct) AS right_answers, COUNT(*)"
                        + " FROM quiz_answer WHERE answered_at >= ? AND (? = '' OR topic = ?)"
                        + " AND (? = '' OR community = ?)"
                        + " GROUP BY user_id ORDER BY right_answers DESC, COUNT(*) ASC, user_id LIMIT ?")) {
            ps.setLong(1, since.toEpochMilli());
            ps.setString(2, topic);
            ps.setString(3, topic);
            ps.setString(4, community);
            ps.setString(5, community);
            ps.setInt(6, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Standing(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading the leaderboard", e);
        }
        return out;
    }

    @Override
    public Scoreboard board(String userId) {
        var results = new ArrayList<Scoreboard.Result>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT topic, correct, answered_at FROM quiz_answer WHERE user_id = ? ORDER BY seq")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    results.add(new Scoreboard.Result(
                            Instant.ofEpochMilli(rs.getLong(3)), rs.getString(1), rs.getInt(2) == 1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading scores", e);
        }
        return Scoreboard.of(results);
    }
}
