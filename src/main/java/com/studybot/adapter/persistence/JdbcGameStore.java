package com.studybot.adapter.persistence;

import com.studybot.core.persistence.GameStore;
import com.studybot.core.quiz.game.GameState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Group games in SQL, one row per channel; a finished game's row is kept (it is the channel's last game) and
 * marked not running, so the clock's {@link #running()} reads only an indexed column, never the JSON.
 */
public final class JdbcGameStore implements GameStore {
    private static final String UPSERT = "INSERT INTO quiz_game (channel, state_json, running, updated_at)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (channel) DO UPDATE SET state_json = excluded.state_json,"
            + " running = excluded.running, updated_at = excluded.updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcGameStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Optional<GameState> load(String channel) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT state_json FROM quiz_game WHERE channel = ?")) {
            ps.setString(1, channel);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(GameStateJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("loading a group game", e);
        }
    }

    @Override
    public void save(String channel, GameState state) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, channel);
            ps.setString(2, GameStateJson.write(state));
            ps.setInt(3, state instanceof GameState.Finished ? 0 : 1);
            ps.setLong(4, clock.millis());
            ps.executeUpdate();
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
