package com.studybot.adapter.index;

import com.studybot.core.common.Scripts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The notes' terms within a few edits of a word they never use, found by one scan of the terms that start with
 * the word's first letter: what {@code FuzzyTermsEnum} (prefix 1, transpositions) would find, without building
 * its Levenshtein automata, which cost more than the rest of the question's lexical search. Gives the word's
 * {@link #spellings} and the terms its {@link #query fuzzy query} expands to, with the same boosts.
 *
 * <p>Words longer than {@link #LONGEST_SCANNED} UTF-8 bytes keep Lucene's automata (and whatever they do with a
 * word too complex for them): no real word is that long, and the scan is exact only where it runs.
 */
final class NearTerms {
    /** At most this many of the notes' words stand in for one unseen (misspelt) word. */
    static final int MAX_SPELLINGS = 3;

    /** Longer words (in UTF-8 bytes) are matched by Lucene's automata, as before. */
    static final int LONGEST_SCANNED = 64;

    private final Term term;
    private final int termLength;
    private final BytesRef[] terms;
    private final int[] edits;
    private final float[] boosts;
    private final boolean scanned;
    private final Set<String> spellings;

    private NearTerms(Term term, List<BytesRef> terms, List<Integer> edits, boolean scanned, Set<String> spellings) {
        this.term = term;
        this.termLength = term.text().codePointCount(0, term.text().length());
        this.terms = terms.toArray(BytesRef[]::new);
        this.edits = edits.stream().mapToInt(Integer::intValue).toArray();
        this.boosts = new float[this.terms.length];
        for (int i = 0; i < this.terms.length; i++) {
            boosts[i] = boost(this.edits[i], UnicodeUtil.codePointCount(this.terms[i]), termLength);
        }
        this.scanned = scanned;
        this.spellings = spellings != null ? spellings : top(spellingEdits(term.text()));
    }

    /** {@code FuzzyTermsEnum}'s boost: 1 for the word itself, else 1 - edits / the shorter length (code points). */
    static float boost(int edits, int length, int termLength) {
        if (edits == 0) {
            return 1.0F;
        }
        int minTermLength = Math.min(length, termLength);
        return 1.0f - (float) edits / (float) minTermLength;
    }

    /** Typos a spelling may have: two from 7 letters, one from 5, none in shorter words or Chinese. */
    static int spellingEdits(String term) {
        if (Scripts.containsCjk(term)) {
            return 0;
        }
        return term.length() >= 7 ? 2 : term.length() >= 5 ? 1 : 0;
    }

    /** The terms of {@code field} near {@code text}, enough for its spellings and its fuzzy query. */
    static NearTerms of(IndexReader reader, String field, String text) throws IOException {
        var term = new Term(field, text);
        int edits = Math.max(spellingEdits(text), QueryTerms.maxEdits(text));
        Terms terms = MultiTerms.getTerms(reader, field);
        if (edits == 0 || terms == null) {
            return new NearTerms(term, List.of(), List.of(), true, null);
        }
        if (term.bytes().length > LONGEST_SCANNED) {
            return new NearTerms(term, List.of(), List.of(), false, automatonSpellings(terms, term));
        }
        return scan(terms, term, edits);
    }

    private static NearTerms scan(Terms index, Term term, int edits) throws IOException {
        int[] word = term.text().codePoints().toArray();
        var found = new ArrayList<BytesRef>();
        var distances = new ArrayList<Integer>();
        var prefix = new BytesRef(new String(word, 0, 1));
        var distance = new OsaDistance(edits, word.length + edits);
        int[] other = new int[word.length + edits];
        TermsEnum all = index.iterator();
        if (all.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
            for (BytesRef t = all.term(); t != null && StringHelper.startsWith(t, prefix); t = all.next()) {
                int length = UnicodeUtil.codePointCount(t);
                if (Math.abs(length - word.length) > edits) {
                    continue;
                }
                UnicodeUtil.UTF8toUTF32(t, other);
                int d = distance.between(word, 1, word.length, other, 1, length);
                if (d <= edits) {
                    found.add(BytesRef.deepCopyOf(t));
                    distances.add(d);
                }
            }
        }
        return new NearTerms(term, found, distances, true, null);
    }

    /** The {@link #MAX_SPELLINGS} highest boosts within {@code maxEdits}, ties in term order. */
    private Set<String> top(int maxEdits) {
        if (maxEdits == 0) {
            return Set.of();
        }
        var byBoost = new TreeMap<Float, List<String>>(Comparator.reverseOrder());
        for (int i = 0; i < terms.length; i++) {
            if (edits[i] <= maxEdits) {
                byBoost.computeIfAbsent(boosts[i], b -> new ArrayList<>()).add(terms[i].utf8ToString());
            }
        }
        return best(byBoost);
    }

    /** The first {@link #MAX_SPELLINGS} terms of {@code byBoost} (highest boost first, ties in term order). */
    private static Set<String> best(TreeMap<Float, List<String>> byBoost) {
        return byBoost.values().stream()
                .flatMap(List::stream)
                .limit(MAX_SPELLINGS)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Lucene's own enumeration, for words the scan leaves to it. */
    private static Set<String> automatonSpellings(Terms terms, Term term) throws IOException {
        int edits = spellingEdits(term.text());
        if (edits == 0) {
            return Set.of();
        }
        var found = new TreeMap<Float, List<String>>(Comparator.reverseOrder());
        var fuzzy = new FuzzyTermsEnum(terms, term, edits, 1, true);
        for (var bytes = fuzzy.next(); bytes != null; bytes = fuzzy.next()) {
            found.computeIfAbsent(fuzzy.getBoost(), b -> new ArrayList<>()).add(bytes.utf8ToString());
        }
        return best(found);
    }

    /** The notes' words closest to the word (a typo: "trackng" finds "track"), the first letter kept. */
    Set<String> spellings() {
        return spellings;
    }

    /**
     * {@code new FuzzyQuery(term, maxEdits, 1)}, or a query that expands to the same terms with the same boosts
     * and statistics (so the same scores) from this scan; {@code maxEdits} at most the scan's edits.
     */
    Query query(int maxEdits) {
        if (!scanned || maxEdits == 0) {
            return new FuzzyQuery(term, maxEdits, 1);
        }
        return new NearTermsQuery(term, maxEdits, this);
    }

    Term term() {
        return term;
    }

    int termLength() {
        return termLength;
    }

    int size() {
        return terms.length;
    }

    BytesRef term(int i) {
        return terms[i];
    }

    int edits(int i) {
        return edits[i];
    }

    float boost(int i) {
        return boosts[i];
    }
}
