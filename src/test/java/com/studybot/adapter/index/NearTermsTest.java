package com.studybot.adapter.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scan finds what Lucene's automata find: over a real multi-segment index (near-duplicates, short words,
 * digits, accents, other scripts, letters outside the BMP, a crowd of variants that fills the fuzzy rewrite's
 * queue of 50), every word within an edit or two of an index term, and unseen words, get the same spellings as
 * {@code FuzzyTermsEnum} gives and the same hits with the same scores as {@code FuzzyQuery}.
 */
final class NearTermsTest {
    private static final String FIELD = "body";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéüß0123456789";
    private static final String[] ODD = {
        "café",
        "naïve",
        "über",
        "straße",
        "résumé",
        "ελληνικά",
        "ελληνικη",
        "русский",
        "руский",
        "ça",
        "ipv4",
        "ipv6",
        "http2",
        "http3",
        "3des",
        "x509cert",
        "x509certs",
        "sha256sum",
        "sha265sum",
        "𝒳𝒴𝒵abc",
        "𝒳𝒴𝒵abd",
        "𝒳𝒴abc",
        "a😀bcdef",
        "a😀bcdfe",
        "😀😁😂😃😄😅",
        "😀😁😂😃😅",
        "中文分词",
        "机器学习算法模型",
        "机器学习算法模形",
        "a",
        "ab",
        "abc",
        "abcd",
        "abcde",
        "ca",
        "abca",
        "acb",
        "t",
        "tr",
        "tra"
    };

    private static ByteBuffersDirectory directory;
    private static IndexReader reader;
    private static IndexSearcher searcher;
    private static List<String> vocabulary;

    @BeforeAll
    static void index() throws IOException {
        var random = new Random(16);
        var words = new LinkedHashSet<String>(List.of(ODD));
        for (int i = 0; i < 700; i++) {
            String word = word(random, 1 + random.nextInt(13));
            words.add(word);
            for (int v = random.nextInt(4); v > 0; v--) {
                words.add(mutate(random, word, 1 + random.nextInt(2)));
            }
        }
        for (String crowded : List.of("configuration", "tracking", "pipelines")) {
            words.add(crowded);
            for (int v = 0; v < 120; v++) {
                words.add(mutate(random, crowded, 1 + v % 2, true));
            }
        }
        words.removeIf(String::isEmpty);
        vocabulary = List.copyOf(words);
        directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (var writer = new IndexWriter(directory, config)) {
            for (int d = 0; d < 900; d++) {
                var text = new StringBuilder();
                for (int w = 3 + random.nextInt(25); w > 0; w--) {
                    int pick = (int) (vocabulary.size() * Math.pow(random.nextDouble(), 1.7));
                    text.append(vocabulary.get(pick)).append(' ');
                }
                var doc = new Document();
                doc.add(new TextField(FIELD, text.toString(), Field.Store.NO));
                writer.addDocument(doc);
                if (d % 150 == 149) {
                    writer.commit(); // several segments: the rewrite's queue carries over between them
                }
            }
            writer.deleteDocuments(new Term(FIELD, vocabulary.get(7)));
            for (int d = 0; d < vocabulary.size(); d += 2) { // every term in at least one document
                var doc = new Document();
                doc.add(new TextField(
                        FIELD,
                        vocabulary.get(d) + " " + vocabulary.get(d + 1 < vocabulary.size() ? d + 1 : 0),
                        Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        assertThat(reader.leaves()).hasSizeGreaterThan(3);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void misspeltAndUnseenWordsGetLucenesSpellingsAndFuzzyScores() throws IOException {
        var random = new Random(17);
        var asked = new LinkedHashSet<String>();
        for (int t = 0; t < vocabulary.size(); t += 3) { // a third of the terms: the test stays under 20 s
            String term = vocabulary.get(t);
            asked.add(term);
            asked.add(mutate(random, term, 1));
            asked.add(mutate(random, term, 2));
            asked.add(mutate(random, term, 1 + random.nextInt(2)));
        }
        for (int i = 0; i < 200; i++) {
            asked.add(word(random, 3 + random.nextInt(12)));
        }
        asked.removeIf(String::isEmpty);
        int spelt = 0;
        int fuzzy = 0;
        int crowded = 0;
        for (String word : asked) {
            NearTerms near = NearTerms.of(reader, FIELD, word);
            assertThat(near.spellings()).as("spellings of %s", word).isEqualTo(luceneSpellings(word));
            spelt += near.spellings().isEmpty() ? 0 : 1;
            int edits = QueryTerms.maxEdits(word);
            if (edits > 0) {
                Query lucene = new FuzzyQuery(new Term(FIELD, word), edits, 1);
                Query ours = near.query(edits);
                assertThat(hits(ours)).as("fuzzy hits of %s", word).isEqualTo(hits(lucene));
                assertThat(searcher.rewrite(ours).toString())
                        .as("fuzzy terms of %s", word)
                        .isEqualTo(searcher.rewrite(lucene).toString());
                fuzzy++;
                crowded += near.size() > FuzzyQuery.defaultMaxExpansions ? 1 : 0;
            }
        }
        System.out.printf(
                "NearTermsTest: %d words, %d with spellings, %d fuzzy, %d crowded%n",
                asked.size(), spelt, fuzzy, crowded);
        assertThat(spelt).as("words with spellings").isGreaterThan(500);
        assertThat(fuzzy).as("fuzzy queries compared").isGreaterThan(500);
        assertThat(crowded).as("fuzzy queries with more than 50 near terms").isGreaterThan(10);
    }

    @Test
    void theDistanceIsTheOneLevenshteinAutomataWithTranspositionsAccept() {
        List<String> strings = allStrings("abc", 5);
        for (String word : allStrings("abc", 4)) {
            var lev = new LevenshteinAutomata(word, true);
            Automaton[] within = {lev.toAutomaton(0), lev.toAutomaton(1), lev.toAutomaton(2)};
            var distance = new OsaDistance(2, word.length() + 5);
            int[] a = word.codePoints().toArray();
            for (String other : strings) {
                int[] b = other.codePoints().toArray();
                int expected = 3;
                for (int k = 2; k >= 0; k--) {
                    expected = Operations.run(within[k], other) ? k : expected;
                }
                assertThat(distance.between(a, 0, a.length, b, 0, b.length))
                        .as("%s -> %s", word, other)
                        .isEqualTo(expected);
            }
        }
    }

    /** QueryTerms.spellings as it was: FuzzyTermsEnum's terms, the top 3 by boost, ties in term order. */
    private static Set<String> luceneSpellings(String term) throws IOException {
        int edits = term.length() >= 7 ? 2 : term.length() >= 5 ? 1 : 0;
        var terms = MultiTerms.getTerms(reader, FIELD);
        if (edits == 0 || terms == null || com.studybot.core.common.Scripts.containsCjk(term)) {
            return Set.of();
        }
        var found = new TreeMap<Float, List<String>>(Comparator.reverseOrder());
        var fuzzy = new FuzzyTermsEnum(terms, new Term(FIELD, term), edits, 1, true);
        for (var bytes = fuzzy.next(); bytes != null; bytes = fuzzy.next()) {
            found.computeIfAbsent(fuzzy.getBoost(), b -> new ArrayList<>()).add(bytes.utf8ToString());
        }
        return found.values().stream().flatMap(List::stream).limit(3).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> hits(Query query) throws IOException {
        var out = new ArrayList<String>();
        for (ScoreDoc hit : searcher.search(query, reader.maxDoc()).scoreDocs) {
            out.add(hit.doc + ":" + Float.floatToIntBits(hit.score));
        }
        return out;
    }

    private static String word(Random random, int length) {
        var out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(
                    random.nextInt(10) == 0
                            ? LETTERS.charAt(random.nextInt(LETTERS.length()))
                            : (char) ('a' + random.nextInt(8)));
        }
        return out.toString();
    }

    private static String mutate(Random random, String word, int edits) {
        return mutate(random, word, edits, false);
    }

    /** {@code edits} random insertions, deletions, substitutions or swaps of neighbours (in code points). */
    private static String mutate(Random random, String word, int edits, boolean keepFirst) {
        var cps = new ArrayList<Integer>(word.codePoints().boxed().toList());
        int[] pool = "abcdefghéü9😀𝒳中".codePoints().toArray();
        int from = keepFirst ? 1 : 0;
        for (int e = 0; e < edits; e++) {
            int size = cps.size();
            int at = from + random.nextInt(Math.max(1, size - from + 1));
            int cp = pool[random.nextInt(pool.length)];
            switch (random.nextInt(4)) {
                case 0 -> cps.add(Math.min(at, size), cp);
                case 1 -> {
                    if (at < size) {
                        cps.remove(at);
                    }
                }
                case 2 -> {
                    if (at < size) {
                        cps.set(at, cp);
                    }
                }
                default -> {
                    if (at + 1 < size) {
                        cps.add(at, cps.remove(at + 1));
                    }
                }
            }
        }
        var out = new StringBuilder();
        cps.forEach(out::appendCodePoint);
        return out.toString();
    }

    private static List<String> allStrings(String alphabet, int longest) {
        var out = new ArrayList<String>(List.of(""));
        for (int from = 0; ; ) {
            int to = out.size();
            if (out.get(to - 1).length() >= longest) {
                return out;
            }
            for (int i = from; i < to; i++) {
                for (char c : alphabet.toCharArray()) {
                    out.add(out.get(i) + c);
                }
            }
            from = to;
        }
    }
}
