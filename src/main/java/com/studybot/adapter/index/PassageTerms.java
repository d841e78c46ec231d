package com.studybot.adapter.index;

import com.studybot.core.common.Scripts;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A passage's analysed terms, as {@link QueryTerms} matches a question against them: the English analyser's,
 * and the Chinese analyser's when the passage has CJK characters (only then do Chinese question words count).
 */
record PassageTerms(boolean cjk, Set<String> english, Set<String> chinese) {
    PassageTerms {
        english = Set.copyOf(english);
        chinese = Set.copyOf(chinese);
    }

    static PassageTerms of(String passage, Analyzer englishAnalyzer, Analyzer chineseAnalyzer) {
        boolean cjk = Scripts.containsCjk(passage);
        return new PassageTerms(
                cjk,
                QueryTerms.analyze(englishAnalyzer, IndexFields.BODY_EN, passage),
                cjk ? QueryTerms.analyze(chineseAnalyzer, IndexFields.BODY_ZH, passage) : Set.of());
    }
}
