package com.studybot.adapter.persistence;

import com.studybot.core.persistence.DailyScheduleStore;
import com.studybot.core.schedule.DailySchedule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Daily schedules in SQL, one row per server: the time as ISO text ("07:30"), the zone id as given, the reveal
 * delay in whole seconds (a fraction of a second is refused, not dropped). {@link #all()} is sorted by guild id.
 */
public final class JdbcDailyScheduleStore implements DailyScheduleStore {
    private static final String COLUMNS =
            "guild_id, channel_id, post_time, zone_id, question_count, topic, reveal_after_seconds, weekly";
    private static final String UPSERT = "INSERT INTO daily_schedule (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id,"
            + " post_time = excluded.post_time, zone_id = excluded.zone_id,"
            + " question_count = excluded.question_count, topic = excluded.topic,"
            + " reveal_after_seconds = excluded.reveal_after_seconds, weekly = excluded.weekly";

    private final DataSource dataSource;

    public JdbcDailyScheduleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(DailySchedule s) {
        if (s.revealAfter().getNano() != 0) {
            throw new IllegalArgumentException("revealAfter must be whole seconds, was " + s.revealAfter());
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, s.guildId());
            ps.setString(2, s.channelId());
            ps.setString(3, s.time().toString());
            ps.setString(4, s.zone().getId());
            ps.setInt(5, s.count());
            ps.setString(6, s.topic());
            ps.setLong(7, s.revealAfter().getSeconds());
            ps.setInt(8, s.weekly() ? 1 : 0);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving a daily schedule", e);
        }
    }

    @Override
    public void remove(String guildId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM daily_schedule WHERE guild_id = ?")) {
            ps.setString(1, guildId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("removing a daily schedule", e);
        }
    }

    @Override
    public Optional<DailySchedule> find(String guildId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT " + COLUMNS + " FROM daily_schedule WHERE guild_id = ?")) {
            ps.setString(1, guildId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading a daily schedule", e);
        }
    }

    /** Every schedule, sorted by guild id in Java (so the database's text collation does not matter). */
    @Override
    public List<DailySchedule> all() {
        var out = new ArrayList<DailySchedule>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM daily_schedule");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("listing daily schedules", e);
        }
        out.sort(Comparator.comparing(DailySchedule::guildId));
        return List.copyOf(out);
    }

    private static DailySchedule read(ResultSet rs) throws SQLException {
        return new DailySchedule(
                rs.getString(1),
                rs.getString(2),
                LocalTime.parse(rs.getString(3)),
                ZoneId.of(rs.getString(4)),
                rs.getInt(5),
                rs.getString(6),
                Duration.ofSeconds(rs.getLong(7)),
                rs.getInt(8) == 1);
    }
}
