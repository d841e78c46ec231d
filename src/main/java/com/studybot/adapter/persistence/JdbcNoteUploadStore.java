package com.studybot.adapter.persistence;

import com.studybot.core.persistence.NoteUploadStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The notes added from Discord in SQL, one row per server and path. */
public final class JdbcNoteUploadStore implements NoteUploadStore {
    private static final String UPSERT = "INSERT INTO note_upload (guild_id, path, user_id, uploaded_at, bytes, sha256)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (guild_id, path) DO UPDATE SET user_id = excluded.user_id,"
            + " uploaded_at = excluded.uploaded_at, bytes = excluded.bytes, sha256 = excluded.sha256";
    private static final String LIST = "SELECT guild_id, path, user_id, uploaded_at, bytes, sha256 FROM note_upload"
            + " WHERE guild_id = ? ORDER BY path";

    private final DataSource dataSource;

    public JdbcNoteUploadStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void add(NoteUpload u) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, u.serverId());
            ps.setString(2, u.path());
            ps.setString(3, u.userId());
            ps.setLong(4, u.at().toEpochMilli());
            ps.setLong(5, u.bytes());
            ps.setString(6, u.sha256());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("recording an added note", e);
        }
    }

    @Override
    public List<NoteUpload> list(String serverId) {
        var out = new ArrayList<NoteUpload>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(LIST)) {
            ps.setString(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NoteUpload(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)),
                            rs.getLong(5),
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("listing added notes", e);
        }
        return List.copyOf(out);
    }

    @Override
    public boolean remove(String serverId, String path) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM note_upload WHERE guild_id = ? AND path = ?")) {
            ps.setString(1, serverId);
            ps.setString(2, path);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("forgetting an added note", e);
        }
    }
}
