package com.studybot.adapter.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;

/**
 * {@code new FuzzyQuery(term, maxEdits, 1)} whose terms come from a {@link NearTerms} scan instead of a
 * Levenshtein automaton: the same rewrite (the top 50 terms by boost, blended document frequencies) over the
 * same terms, boosts and per-segment order ({@link NearTermsEnum}), so the same scores, without the automaton.
 */
final class NearTermsQuery extends MultiTermQuery {
    private final Term term;
    private final int maxEdits;
    private final NearTerms near;

    NearTermsQuery(Term term, int maxEdits, NearTerms near) {
        super(term.field(), FuzzyQuery.defaultRewriteMethod(FuzzyQuery.defaultMaxExpansions));
        this.term = term;
        this.maxEdits = maxEdits;
        this.near = near;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        return new NearTermsEnum(terms.iterator(), atts, near, maxEdits);
    }

    /** As FuzzyQuery: one clause matching by automaton (built only if a visitor asks for it). */
    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.consumeTermsMatching(
                    this, field, () -> FuzzyQuery.getFuzzyAutomaton(term.text(), maxEdits, 1, true).runAutomaton);
        }
    }

    @Override
    public String toString(String field) {
        return (term.field().equals(field) ? "" : term.field() + ":") + term.text() + "~" + maxEdits;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && term.equals(((NearTermsQuery) other).term)
                && maxEdits == ((NearTermsQuery) other).maxEdits
                && near == ((NearTermsQuery) other).near;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), term, maxEdits);
    }
}
