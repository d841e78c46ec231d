package com.studybot.eval;

import com.studybot.config.AnswerPolicyFile;
import com.studybot.core.answer.AnswerPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where a shipped answer decision came from: the dev set it was fitted on and what held out scored. */
public final class Provenance {
    private Provenance() {}

    public static AnswerPolicyFile.Shape shape(LeaveOneCorpusOut loco, Path devset, int questions) {
        AnswerPolicy p = loco.all();
        var provenance = new LinkedHashMap<String, Object>();
        provenance.put("fittedBy", "studybot eval --fit (PolicyFit: logistic regression, leave-one-corpus-out)");
        provenance.put("devset", devset.getFileName().toString());
        provenance.put("devsetSha256", sha256(devset));
        provenance.put("questions", questions);
        var heldOut = new LinkedHashMap<String, Map<String, Double>>();
        loco.heldOut().forEach((corpus, report) -> heldOut.put(corpus, figures(report)));
        heldOut.put("all", figures(loco.heldOutAll()));
        provenance.put("heldOut", heldOut);
        return new AnswerPolicyFile.Shape(
                p.features(),
                p.intercept(),
                p.weights(),
                p.answerAt(),
                p.closestAt(),
                p.calibration().orElse(null),
                provenance);
    }

    private static Map<String, Double> figures(EvalReport r) {
        var m = new LinkedHashMap<String, Double>();
        m.put("answered", round(r.answeredRate()));
        m.put("refusal", round(r.refusalRate()));
        m.put("recall1", round(r.recallAt(1)));
        m.put("recall5", round(r.recallAt(5)));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
