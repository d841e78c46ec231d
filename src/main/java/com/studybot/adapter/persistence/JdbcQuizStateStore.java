package com.studybot.adapter.persistence;

import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.persistence.StateConflict;
import com.studybot.core.persistence.VersionedStore;
import com.studybot.core.quiz.state.QuizState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Quiz states in SQL, one row per scope; an idle scope's row is removed. Each row has a version: a save names the
 * version this process last read or wrote for the scope and changes the row only if it is still that one, so two
 * processes sharing the database never both move one quiz on ({@link StateConflict} for the later one).
 */
public final class JdbcQuizStateStore implements QuizStateStore, VersionedStore {
    private static final String INSERT = "INSERT INTO quiz_session (scope, state_json, updated_at, version)"
            + " VALUES (?, ?, ?, 1) ON CONFLICT (scope) DO NOTHING";
    private static final String UPDATE = "UPDATE quiz_session SET state_json = ?, updated_at = ?, version = version + 1"
            + " WHERE scope = ? AND version = ?";
    private static final String DELETE = "DELETE FROM quiz_session WHERE scope = ? AND version = ?";

    private final DataSource dataSource;
    private final Clock clock;
    /** The version of each scope's row as this process last saw it (absent: no row). */
    private final java.util.Map<String, Long> versions = new java.util.concurrent.ConcurrentHashMap<>();

    public JdbcQuizStateStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public boolean unchanged(String key) {
        return RowVersion.unchanged(
                dataSource, "SELECT version FROM quiz_session WHERE scope = ?", key, versions.get(key));
    }

    @Override
    public Optional<QuizState> load(String scope) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT state_json, version FROM quiz_session WHERE scope = ?")) {
            ps.setString(1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    versions.remove(scope);
                    return Optional.empty();
                }
                versions.put(scope, rs.getLong(2));
                return Optional.of(QuizStateJson.read(rs.getString(1)));
            }
        } catch (SQLException e) {
            throw new StoreException("loading a quiz", e);
        }
    }

    private void delete(String scope) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM quiz_session WHERE scope = ?")) {
            ps.setString(1, scope);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("ending a quiz", e);
        }
    }

    @Override
    public void save(String scope, QuizState state) {
        Long seen = versions.get(scope);
        boolean idle = state instanceof QuizState.Idle;
        if (idle && seen == null) { // never read here: whatever is stored goes
            delete(scope);
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(idle ? DELETE : seen == null ? INSERT : UPDATE)) {
            if (idle) {
                ps.setString(1, scope);
                ps.setLong(2, seen);
            } else if (seen == null) {
                ps.setString(1, scope);
                ps.setString(2, QuizStateJson.write(state));
                ps.setLong(3, clock.millis());
            } else {
                ps.setString(1, QuizStateJson.write(state));
                ps.setLong(2, clock.millis());
                ps.setString(3, scope);
                ps.setLong(4, seen);
            }
            if (ps.executeUpdate() == 0) {
                versions.remove(scope); // read it again
                throw new StateConflict("the quiz of " + scope);
            }
            if (idle) {
                versions.remove(scope);
            } else {
                versions.put(scope, seen == null ? 1 : seen + 1);
            }
        } catch (SQLException e) {
            throw new StoreException("saving a quiz", e);
        }
    }
}
