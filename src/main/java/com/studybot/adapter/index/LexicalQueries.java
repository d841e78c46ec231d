package com.studybot.adapter.index;

import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the BM25 query from the question's terms: each term against the body and (boosted) the heading
 * path, and a fuzzy variant for terms the index has never seen, so typos still find their passage.
 */
final class LexicalQueries {
    private LexicalQueries() {}

    static Query build(QueryTerms terms, double headingBoost) {
        var query = new BooleanQuery.Builder();
        for (QueryTerms.Group g : terms.groups()) {
            String head = g.field().equals(IndexFields.BODY_ZH) ? IndexFields.HEAD_ZH : IndexFields.HEAD_EN;
            for (Map.Entry<String, Double> e : g.idf().entrySet()) {
                String term = e.getKey();
                query.add(new TermQuery(new Term(g.field(), term)), BooleanClause.Occur.SHOULD);
                query.add(
                        new BoostQuery(new TermQuery(new Term(head, term)), (float) headingBoost),
                        BooleanClause.Occur.SHOULD);
                if (g.unseen().contains(term) && QueryTerms.maxEdits(term) > 0) { // unseen: no document has it
                    query.add(fuzzy(g, term), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /**
     * {@code FuzzyQuery(term, maxEdits, 1)}: from the scan the term's spellings came from when there is one (the
     * same terms and scores without building a Levenshtein automaton), else Lucene's own.
     */
    private static Query fuzzy(QueryTerms.Group g, String term) {
        NearTerms near = g.near().get(term);
        int edits = QueryTerms.maxEdits(term);
        return near != null ? near.query(edits) : new FuzzyQuery(new Term(g.field(), term), edits, 1);
    }
}
