package com.studybot.eval;

import com.studybot.Engine;
import com.studybot.Models;
import com.studybot.Time;
import com.studybot.config.StudybotConfig;
import com.studybot.core.common.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes each corpus of the dev set in its own folder (incrementally, so re-runs reuse embeddings) and
 * evaluates its questions with the answer cache off, keeping each corpus's own questions for calibration.
 * Corpora whose folder is missing are skipped.
 */
public final class DevSetRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DevSetRunner.class);

    private final Function<Path, StudybotConfig> configFor;
    private final Models models;

    public DevSetRunner(Function<Path, StudybotConfig> configFor, Models models) {
        this.configFor = configFor;
        this.models = models;
    }

    public EvalReport run(List<DevSetQuestion> questions, Map<String, Path> roots, int topK) {
        Map<String, List<DevSetQuestion>> byCorpus =
                questions.stream().collect(Collectors.groupingBy(DevSetQuestion::corpus));
        var outcomes = new ArrayList<Outcome>();
        var samples = new java.util.LinkedHashMap<String, com.studybot.core.answer.CorpusSample>();
        for (var e : byCorpus.entrySet()) {
            Path root = roots.get(e.getKey());
            if (root == null || !Files.isDirectory(root)) {
                LOG.warn(
                        "Dev set corpus {} has no folder ({}); its {} questions are skipped",
                        e.getKey(),
                        root,
                        e.getValue().size());
                continue;
            }
            try (var engine = Engine.open(configFor.apply(root), models, Time.system(), false)) {
                engine.sync(Progress.NONE);
                samples.put(e.getKey(), engine.calibration().sample());
                outcomes.addAll(Evaluation.run(engine.answerer(), e.getValue(), topK));
            }
        }
        return new EvalReport(outcomes, samples);
    }
}
