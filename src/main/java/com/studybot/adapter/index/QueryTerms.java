package com.studybot.adapter.index;

import com.studybot.core.common.EditDistance;
import com.studybot.core.common.Scripts;
import com.studybot.core.common.WrittenNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The content terms of a question with their rarity (BM25 idf) in the index, and how much of that weight
 * a passage covers. A term missing from a passage still counts when the passage has a close spelling.
 */
final class QueryTerms {
    /**
     * Terms analysed one way, with their idf in the matching body field; {@code unseen} are those the notes
     * never use, {@code spellings} the notes' own words within a typo or two of each of those, and {@code near}
     * the scan that found them (which also gives each unseen term's fuzzy query).
     */
    record Group(
            Analyzer analyzer,
            String field,
            Map<String, Double> idf,
            boolean cjk,
            Set<String> unseen,
            Map<String, Set<String>> spellings,
            Map<String, NearTerms> near) {}

    private final List<Group> groups;
    private final Optional<String> unseenName;

    private QueryTerms(List<Group> groups, String question) {
        this.groups = groups;
        this.unseenName = unseenName(groups.get(0), question);
    }

    /** English terms (without CJK characters) and, for CJK questions, Chinese words. */
    static QueryTerms of(String question, Analyzer english, Analyzer chinese, IndexReader reader, Spellings known)
            throws IOException {
        var groups = new ArrayList<Group>();
        groups.add(group(question, english, IndexFields.BODY_EN, reader, false, known));
        if (Scripts.containsCjk(question)) {
            groups.add(group(question, chinese, IndexFields.BODY_ZH, reader, true, known));
        }
        return new QueryTerms(List.copyOf(groups), question);
    }

    private static Group group(
            String text, Analyzer analyzer, String field, IndexReader reader, boolean cjk, Spellings known)
            throws IOException {
        var idf = new LinkedHashMap<String, Double>();
        var unseen = new HashSet<String>();
        int n = Math.max(1, reader.getDocCount(IndexFields.BODY_EN));
        for (String term : analyze(analyzer, field, text)) {
            if (Scripts.containsCjk(term) != cjk) {
                continue;
            }
            int df = reader.docFreq(new Term(field, term));
            idf.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
            if (df == 0) {
                unseen.add(term);
            }
        }
        var spellings = new HashMap<String, Set<String>>();
        var near = new HashMap<String, NearTerms>();
        for (String term : unseen) {
            NearTerms scan = known.near(reader, field, term);
            near.put(term, scan);
            if (!scan.spellings().isEmpty()) {
                spellings.put(term, scan.spellings());
            }
        }
        return new Group(analyzer, field, idf, cjk, Set.copyOf(unseen), Map.copyOf(spellings), Map.copyOf(near));
    }

    List<Group> groups() {
        return groups;
    }

    /**
     * The first of the question's {@link WrittenNames} whose every term the notes never use and have no close
     * spelling of ("Spanner" over notes on AWS), empty when the notes know each name the question writes.
     */
    Optional<String> unseenName() {
        return unseenName;
    }

    private static Optional<String> unseenName(Group english, String question) {
        for (String name : WrittenNames.of(question)) {
            Set<String> terms = analyze(english.analyzer(), english.field(), name);
            if (!terms.isEmpty()
                    && terms.stream()
                            .allMatch(t -> english.unseen().contains(t)
                                    && !english.spellings().containsKey(t))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return groups.stream().allMatch(g -> g.idf().isEmpty());
    }

    /** Share of the question's idf weight whose terms occur in {@code passage} (0..1). */
    double coverage(String passage) {
        return share(tally(passage));
    }

    /** As {@link #coverage(String)}, over a passage analysed before (the same terms, so the same share). */
    double coverage(PassageTerms passage) {
        return share(tally(passage));
    }

    private static double share(Tally t) {
        return t.total() == 0 ? 0 : Math.min(1, t.covered() / t.total());
    }

    /** The question's idf weight, the part of it {@code passage} covers, and the largest single covered term's. */
    private record Tally(double total, double covered, double rarest, double unseen) {}

    private Tally tally(String passage) {
        return tally(g -> analyze(g.analyzer(), g.field(), passage), Scripts.containsCjk(passage));
    }

    private Tally tally(PassageTerms passage) {
        return tally(g -> g.cjk() ? passage.chinese() : passage.english(), passage.cjk());
    }

    /** {@code terms} gives the passage's terms as a group's analyser makes them (asked only for groups that count). */
    private Tally tally(Function<Group, Set<String>> terms, boolean passageHasCjk) {
        double total = 0;
        double covered = 0;
        double rarest = 0;
        double unseen = 0;
        for (Group g : groups) {
            if (g.idf().isEmpty() || (g.cjk() && !passageHasCjk)) {
                continue; // Chinese words can't be found in a passage with no Chinese: they don't count against it
            }
            Set<String> present = terms.apply(g);
            for (var e : g.idf().entrySet()) {
                total += e.getValue();
                if (present.contains(e.getKey())
                        || closeMatch(e.getKey(), present)
                        || g.spellings().getOrDefault(e.getKey(), Set.of()).stream()
                                .anyMatch(present::contains)) {
                    covered += e.getValue();
                    rarest = Math.max(rarest, e.getValue());
                } else if (g.unseen().contains(e.getKey())) {
                    unseen += e.getValue();
                }
            }
        }
        return new Tally(total, covered, rarest, unseen);
    }

    /**
     * How the question's terms sit in the best passage: {@code sentence}, the largest share of the question's
     * idf weight that one sentence of it holds (a near miss names its subject in the passage, but the asked
     * detail is not in the same sentence); {@code rest}, the share of the weight the passage covers once the
     * question's rarest covered term (usually its subject) is left out; {@code unseen}, the share of the weight in
     * words the notes never use (and the passage has no close spelling of): "How do I stash my changes?"
     * over notes that never say "stash".
     */
    record Detail(double sentence, double rest, double unseen) {}

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?。！？；;])\\s*|\\n+");

    /** The passage's sentences that {@link #detail} measures (the non-blank ones). */
    static List<String> sentences(String passage) {
        var out = new ArrayList<String>();
        for (String sentence : SENTENCE.split(passage)) {
            if (!sentence.isBlank()) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** The detail of a passage given its terms and, in order, those of its {@link #sentences}, analysed before. */
    Detail detail(List<PassageTerms> sentences, PassageTerms terms) {
        double best = 0;
        for (PassageTerms sentence : sentences) {
            best = Math.max(best, coverage(sentence));
        }
        Tally t = tally(terms);
        double rest = t.total() - t.rarest() <= 0 ? 0 : (t.covered() - t.rarest()) / (t.total() - t.rarest());
        double unseen = t.total() <= 0 ? 0 : t.unseen() / t.total();
        return new Detail(best, Math.max(0, Math.min(1, rest)), Math.min(1, unseen));
    }

    /** Typos allowed in a term: none in short words (too many neighbours: bread/break), 1 from 6 letters, 2 from 9. */
    static int maxEdits(String term) {
        return term.length() >= 9 ? 2 : term.length() >= 6 ? 1 : 0;
    }

    private static boolean closeMatch(String term, Set<String> present) {
        int edits = maxEdits(term);
        if (edits == 0) {
            return false;
        }
        for (String p : present) {
            if (EditDistance.within(term, p, edits)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> analyze(Analyzer analyzer, String field, String text) {
        var terms = new LinkedHashSet<String>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute attr = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(attr.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
