package com.studybot.adapter.persistence;

import com.studybot.core.persistence.PostLedger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The daily post ledger in SQL, one row per server and local date (an epoch day). A claim is an insert that
 * does nothing on conflict, so the primary key decides the one winner, also between concurrent claims.
 */
public final class JdbcPostLedger implements PostLedger {
    private static final String CLAIM =
            "INSERT INTO daily_post (guild_id, post_day, claimed_at, question_ids) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (guild_id, post_day) DO NOTHING";
    private static final String SELECT =
            "SELECT guild_id, post_day, claimed_at, question_ids, message_id, revealed_at FROM daily_post";

    private final DataSource dataSource;

    public JdbcPostLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean claim(String guildId, LocalDate date, List<String> questionIds, Instant at) {
        String ids = QuestionIds.join(questionIds);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setString(1, guildId);
            ps.setLong(2, date.toEpochDay());
            ps.setLong(3, at.toEpochMilli());
            ps.setString(4, ids);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("claiming a daily post", e);
        }
    }

    @Override
    public void posted(String guildId, LocalDate date, String messageId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE daily_post SET message_id = ? WHERE guild_id = ? AND post_day = ?")) {
            ps.setString(1, messageId);
            update(ps, guildId, date);
        } catch (SQLException e) {
            throw new StoreException("marking a daily post sent", e);
        }
    }

    @Override
    public void revealed(String guildId, LocalDate date, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE daily_post SET revealed_at = ? WHERE guild_id = ? AND post_day = ?")) {
            ps.setLong(1, at.toEpochMilli());
            update(ps, guildId, date);
        } catch (SQLException e) {
            throw new StoreException("marking a daily post revealed", e);
        }
    }

    /** Runs an update of one claimed post (parameters 2 and 3); a post never claimed is a bug of the caller. */
    private static void update(PreparedStatement ps, String guildId, LocalDate date) throws SQLException {
        ps.setString(2, guildId);
        ps.setLong(3, date.toEpochDay());
        if (ps.executeUpdate() == 0) {
            throw new IllegalStateException("no claimed daily post for guild " + guildId + " on " + date);
        }
    }

    @Override
    public Optional<Post> find(String guildId, LocalDate date) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SELECT + " WHERE guild_id = ? AND post_day = ?")) {
            ps.setString(1, guildId);
            ps.setLong(2, date.toEpochDay());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading a daily post", e);
        }
    }

    @Override
    public List<Post> since(String guildId, LocalDate since) {
        var out = new ArrayList<Post>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(SELECT + " WHERE guild_id = ? AND post_day >= ? ORDER BY post_day")) {
            ps.setString(1, guildId);
            ps.setLong(2, since.toEpochDay());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("listing daily posts", e);
        }
        return List.copyOf(out);
    }

    private static Post read(ResultSet rs) throws SQLException {
        String guildId = rs.getString(1);
        LocalDate date = LocalDate.ofEpochDay(rs.getLong(2));
        Instant claimedAt = Instant.ofEpochMilli(rs.getLong(3));
        List<String> questionIds = QuestionIds.split(rs.getString(4));
        Optional<String> messageId = Optional.ofNullable(rs.getString(5));
        long revealed = rs.getLong(6);
        Optional<Instant> revealedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revealed));
        return new Post(guildId, date, claimedAt, questionIds, messageId, revealedAt);
    }
}
