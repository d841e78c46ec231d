package com.studybot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.studybot.core.retrieval.Evidence;
import com.studybot.eval.EvalReport;
import com.studybot.eval.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Writes the evidence behind every dev-set answer, for calibrating the refusal policy offline. */
final class EvidenceDump {
    private EvidenceDump() {}

    static void write(EvalReport report, Path file) throws IOException {
        var mapper = new ObjectMapper();
        var lines = new ArrayList<String>();
        for (Outcome o : report.outcomes()) {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", o.question().id());
            row.put("corpus", o.question().corpus());
            row.put("question", o.question().question());
            row.put("kind", o.question().kind());
            row.put("lang", o.question().lang());
            row.put("features", o.features());
            row.put("top", o.top());
            row.put("topText", o.topText());
            row.put("answerable", o.question().answerable());
            row.put("rank", o.firstHitRank());
            List<double[]> ev = o.evidence().stream()
                    .map((Evidence e) ->
                            new double[] {e.similarity(), e.coverage(), e.lexicalRank(), e.denseRank(), e.standout()})
                    .toList();
            row.put("evidence", ev);
            lines.add(mapper.writeValueAsString(row));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
