package com.studybot.adapter.persistence;

import com.studybot.core.persistence.DailyAnswerStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Members' daily answers in SQL, one row per server, date (an epoch day), question and member; the first
 * answer is an insert and any later one does nothing on conflict.
 */
public final class JdbcDailyAnswerStore implements DailyAnswerStore {
    private static final String INSERT =
            "INSERT INTO daily_answer (guild_id, post_day, question, user_id, choice) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (guild_id, post_day, question, user_id) DO NOTHING";
    private static final String TALLY = "SELECT choice, COUNT(*) FROM daily_answer"
            + " WHERE guild_id = ? AND post_day = ? AND question = ? GROUP BY choice";
    private static final String CHOICE =
            "SELECT choice FROM daily_answer" + " WHERE guild_id = ? AND post_day = ? AND question = ? AND user_id = ?";

    private final DataSource dataSource;

    public JdbcDailyAnswerStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean answer(String guildId, LocalDate date, int question, String userId, int choice) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(INSERT)) {
            setQuestion(ps, guildId, date, question);
            ps.setString(4, userId);
            ps.setInt(5, choice);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("recording a daily answer", e);
        }
    }

    /** Option index to count, in option order; options nobody chose are absent. */
    @Override
    public Map<Integer, Integer> tally(String guildId, LocalDate date, int question) {
        var counts = new TreeMap<Integer, Integer>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(TALLY)) {
            setQuestion(ps, guildId, date, question);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getInt(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("counting daily answers", e);
        }
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public Optional<Integer> choiceOf(String guildId, LocalDate date, int question, String userId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(CHOICE)) {
            setQuestion(ps, guildId, date, question);
            ps.setString(4, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading a daily answer", e);
        }
    }

    @Override
    public Map<String, Integer> choices(String guildId, LocalDate date, int question) {
        var out = new java.util.TreeMap<String, Integer>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT user_id, choice FROM daily_answer"
                        + " WHERE guild_id = ? AND post_day = ? AND question = ?")) {
            setQuestion(ps, guildId, date, question);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading daily answers", e);
        }
        return out;
    }

    @Override
    public java.util.Set<String> members(String guildId, LocalDate since) {
        var out = new java.util.TreeSet<String>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT DISTINCT user_id FROM daily_answer WHERE guild_id = ? AND post_day >= ?")) {
            ps.setString(1, guildId);
            ps.setLong(2, since.toEpochDay());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading daily members", e);
        }
        return out;
    }

    @Override
    public List<LocalDate> daysAnswered(String guildId, String userId) {
        var days = new java.util.ArrayList<LocalDate>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT DISTINCT post_day FROM daily_answer"
                        + " WHERE guild_id = ? AND user_id = ? ORDER BY post_day")) {
            ps.setString(1, guildId);
            ps.setString(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(LocalDate.ofEpochDay(rs.getLong(1)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading daily participation", e);
        }
        return days;
    }

    private static void setQuestion(PreparedStatement ps, String guildId, LocalDate date, int question)
            throws SQLException {
        ps.setString(1, guildId);
        ps.setLong(2, date.toEpochDay());
        ps.setInt(3, question);
    }
}
