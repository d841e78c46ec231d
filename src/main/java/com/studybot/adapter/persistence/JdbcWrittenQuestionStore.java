package com.studybot.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.core.persistence.WrittenQuestionStore;
import com.studybot.core.quiz.generate.Draft;
import com.studybot.core.quiz.generate.WrittenSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Written question sets in SQL, one row per passage hash and model; questions and rejects as JSON text. */
public final class JdbcWrittenQuestionStore implements WrittenQuestionStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UPSERT = "INSERT INTO written_question_set (content_hash, model, questions, rejects)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (content_hash, model) DO UPDATE SET"
            + " questions = excluded.questions, rejects = excluded.rejects";
    private static final String ALL = "SELECT content_hash, questions, rejects FROM written_question_set"
            + " WHERE model = ? ORDER BY content_hash";

    /** A draft as stored. */
    record Row(String question, List<String> options, int answer, String quote) {}

    private final DataSource dataSource;

    public JdbcWrittenQuestionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(WrittenSet set) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, set.contentHash());
            ps.setString(2, set.model());
            ps.setString(
                    3,
                    JSON.writeValueAsString(set.accepted().stream()
                            .map(d -> new Row(d.question(), d.options(), d.answer(), d.quote()))
                            .toList()));
            ps.setString(4, JSON.writeValueAsString(set.rejects()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saving written questions", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("written questions cannot be written as JSON", e);
        }
    }

    @Override
    public List<WrittenSet> all(String model) {
        var out = new ArrayList<WrittenSet>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(ALL)) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Row> rows = JSON.readValue(rs.getString(2), new TypeReference<List<Row>>() {});
                    Map<String, Integer> rejects =
                            JSON.readValue(rs.getString(3), new TypeReference<Map<String, Integer>>() {});
                    var drafts = rows.stream()
                            .map(r -> new Draft(r.question(), r.options(), r.answer(), r.quote()))
                            .toList();
                    out.add(new WrittenSet(rs.getString(1), model, drafts, rejects));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("reading written questions", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored written questions are not readable JSON", e);
        }
        return List.copyOf(out);
    }
}
