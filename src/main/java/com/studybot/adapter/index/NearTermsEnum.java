package com.studybot.adapter.index;

import java.io.IOException;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.MaxNonCompetitiveBoostAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * One segment's terms of a {@link NearTerms} scan, enumerated as Lucene 9.12's {@code FuzzyTermsEnum} enumerates
 * them: in term order, each with its boost, and with the same narrowing when the rewrite's queue is full (the
 * automaton for fewer edits resumes after the last term, so here the terms with more edits are skipped from
 * there on). The rewrite keeps its top terms across segments depending on that order and narrowing, so both are
 * kept as they were, not just the set of terms.
 */
final class NearTermsEnum extends BaseTermsEnum {
    private final TermsEnum segment;
    private final AttributeSource atts;
    private final BoostAttribute boostAtt;
    private final MaxNonCompetitiveBoostAttribute maxBoostAtt;
    private final NearTerms near;
    private int maxEdits;
    private int next;
    private float bottom;
    private BytesRef bottomTerm;
    private BytesRef queuedBottom;

    NearTermsEnum(TermsEnum segment, AttributeSource atts, NearTerms near, int maxEdits) {
        this.segment = segment;
        this.atts = atts;
        this.near = near;
        this.maxEdits = maxEdits;
        this.maxBoostAtt = atts.addAttribute(MaxNonCompetitiveBoostAttribute.class);
        this.boostAtt = atts.addAttribute(BoostAttribute.class);
        this.bottom = maxBoostAtt.getMaxNonCompetitiveBoost();
        this.bottomTerm = maxBoostAtt.getCompetitiveTerm();
        bottomChanged(null);
    }

    /** FuzzyTermsEnum.bottomChanged: fewer edits once the queue's worst boost beats what more edits could give. */
    private void bottomChanged(BytesRef lastTerm) {
        boolean termAfter = bottomTerm == null || (lastTerm != null && lastTerm.compareTo(bottomTerm) >= 0);
        while (maxEdits > 0) {
            float maxBoost = 1.0f - ((float) maxEdits / (float) near.termLength());
            if (bottom < maxBoost || (bottom == maxBoost && termAfter == false)) {
                break;
            }
            maxEdits--;
        }
    }

    @Override
    public BytesRef next() throws IOException {
        if (queuedBottom != null) {
            bottomChanged(queuedBottom);
            queuedBottom = null;
        }
        while (next < near.size()) {
            int i = next++;
            if (near.edits(i) > maxEdits || !segment.seekExact(near.term(i))) {
                continue;
            }
            BytesRef term = segment.term();
            boostAtt.setBoost(near.boost(i));
            float bottom = maxBoostAtt.getMaxNonCompetitiveBoost();
            BytesRef bottomTerm = maxBoostAtt.getCompetitiveTerm();
            if (bottom != this.bottom || bottomTerm != this.bottomTerm) {
                this.bottom = bottom;
                this.bottomTerm = bottomTerm;
                queuedBottom = BytesRef.deepCopyOf(term);
            }
            return term;
        }
        return null;
    }

    @Override
    public int docFreq() throws IOException {
        return segment.docFreq();
    }

    @Override
    public long totalTermFreq() throws IOException {
        return segment.totalTermFreq();
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
        return segment.postings(reuse, flags);
    }

    @Override
    public ImpactsEnum impacts(int flags) throws IOException {
        return segment.impacts(flags);
    }

    @Override
    public void seekExact(BytesRef term, TermState state) throws IOException {
        segment.seekExact(term, state);
    }

    @Override
    public TermState termState() throws IOException {
        return segment.termState();
    }

    @Override
    public long ord() throws IOException {
        return segment.ord();
    }

    @Override
    public AttributeSource attributes() {
        return atts;
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
        return segment.seekExact(text);
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
        return segment.seekCeil(text);
    }

    @Override
    public void seekExact(long ord) throws IOException {
        segment.seekExact(ord);
    }

    @Override
    public BytesRef term() throws IOException {
        return segment.term();
    }
}
