package com.studybot.adapter.persistence;

import com.studybot.core.persistence.QuizStateStore;
import com.studybot.core.quiz.state.QuizState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/** Quiz states in SQL, one row per scope; an idle scope's row is removed. */
public final class JdbcQuizStateStore implements QuizStateStore {
    private static final String UPSERT = "INSERT INTO quiz_session (scope, state_json, updated_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (scope) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcQuizStateStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Optional<QuizState> load(String scope) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT state_json FROM quiz_session WHERE scope = ?")) {
            ps.setString(1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(QuizStateJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("loading a quiz", e);
        }
    }

    @Override
    public void save(String scope, QuizState state) {
        boolean idle = state instanceof QuizState.Idle;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(idle ? "DELETE FROM quiz_session WHERE scope = ?" : UPSERT)) {
            ps.setString(1, scope);
            if (!idle) {
                ps.setString(2, QuizStateJson.write(state));
                ps.setLong(3, clock.millis());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving a quiz", e);
        }
    }
}
