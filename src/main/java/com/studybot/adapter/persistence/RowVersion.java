package com.studybot.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether a versioned row is still the version this process last saw (one primary-key read). */
final class RowVersion {
    private RowVersion() {}

    /**
     * {@code select} reads the row's version by its key ({@code SELECT version FROM … WHERE … = ?}); {@code seen} is
     * the version last seen, null when no row was seen. Unchanged when both are absent, or both are the same.
     */
    static boolean unchanged(DataSource dataSource, String select, String key, Long seen) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(select)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? seen != null && seen == rs.getLong(1) : seen == null;
            }
        } catch (SQLException e) {
            throw new StoreException("checking the version of " + key, e);
        }
    }
}
