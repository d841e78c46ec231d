package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GameStore;
import com.studybot.core.persistence.StateConflict;
import com.studybot.core.persistence.VersionedStore;
import com.studybot.core.quiz.game.GameState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Group games in SQL, one row per channel; a finished game's row is kept (it is the channel's last game) and
 * marked not running, so the clock's {@link #running()} reads only an indexed column, never the JSON. Each row has
 * a version, as quiz states have ({@link JdbcQuizStateStore}): a save from a stale view changes nothing.
 */
public final class JdbcGameStore implements GameStore, VersionedStore {
    private static final String INSERT = "INSERT INTO quiz_game (state_json, running, updated_at, channel, version)"
            + " VALUES (?, ?, ?, ?, 1) ON CONFLICT (channel) DO NOTHING";
    private static final String UPDATE = "UPDATE quiz_game SET state_json = ?, running = ?, updated_at = ?,"
            + " version = version + 1 WHERE channel = ? AND version = ?";

    private final DataSource dataSource;
    private final Clock clock;
    /** The version of each channel's row as this process last saw it (absent: no row seen). */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    public JdbcGameStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public boolean unchanged(String key) {
        return RowVersion.unchanged(
                dataSource, "SELECT version FROM quiz_game WHERE channel = ?", key, versions.get(key));
    }

    @Override
    public Optional<GameState> load(String channel) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT state_json, version FROM quiz_game WHERE channel = ?")) {
            ps.setString(1, channel);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    versions.remove(channel);
                    return Optional.empty();
                }
                versions.put(channel, rs.getLong(2));
                return Optional.of(GameStateJson.read(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw new StoreException("loading a group game", e);
        }
    }

    /**
     * Saves the game if its row is still the version this process last read or wrote; else saves nothing and throws
     * {@link StateConflict} (another process moved the game on).
     */
    @Override
    public void save(String channel, GameState state) {
        Long seen = versions.get(channel);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(seen == null ? INSERT : UPDATE)) {
            ps.setString(1, GameStateJson.write(state));
            ps.setInt(2, state instanceof GameState.Finished ? 0 : 1);
            ps.setLong(3, clock.millis());
            ps.setString(4, channel);
            if (seen != null) {
                ps.setLong(5, seen);
            }
            if (ps.executeUpdate() == 0) {
                versions.remove(channel); // read it again
                throw new StateConflict("the game in channel " + channel);
            }
            versions.put(channel, seen == null ? 1 : seen + 1);
        } catch (SQLException e) {
            throw new StoreException("saving a group game", e);
        }
    }

    @Override
    public List<String> running() {
        var out = new ArrayList<String>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT channel FROM quiz_game WHERE running = 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("listing running group games", e);
        }
        // sorted here rather than by ORDER BY, so the order is the same on SQLite and PostgreSQL, whatever the
        // database's collation, and the same as the in-memory store's
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }
}
