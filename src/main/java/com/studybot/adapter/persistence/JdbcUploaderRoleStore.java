package com.studybot.adapter.persistence;

import com.studybot.core.persistence.UploaderRoleStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Each server's note-uploader role in SQL: one row while a role is set. */
public final class JdbcUploaderRoleStore implements UploaderRoleStore {
    private static final String UPSERT = "INSERT INTO note_uploader_role (guild_id, role_id) VALUES (?, ?)"
            + " ON CONFLICT (guild_id) DO UPDATE SET role_id = excluded.role_id";

    private final DataSource dataSource;

    public JdbcUploaderRoleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> role(String serverId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT role_id FROM note_uploader_role WHERE guild_id = ?")) {
            ps.setString(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the note-uploader role", e);
        }
    }

    @Override
    public void setRole(String serverId, Optional<String> roleId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        roleId.isPresent() ? UPSERT : "DELETE FROM note_uploader_role WHERE guild_id = ?")) {
            ps.setString(1, serverId);
            if (roleId.isPresent()) {
                ps.setString(2, roleId.get());
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("setting the note-uploader role", e);
        }
    }
}
