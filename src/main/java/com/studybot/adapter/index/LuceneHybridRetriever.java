package com.studybot.adapter.index;

import com.studybot.core.common.Scripts;
import com.studybot.core.content.Chunk;
import com.studybot.core.retrieval.Embedder;
import com.studybot.core.retrieval.Evidence;
import com.studybot.core.retrieval.Passage;
import com.studybot.core.retrieval.PassageRetriever;
import com.studybot.core.retrieval.Query;
import com.studybot.core.retrieval.RankFusion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * Hybrid search in one Lucene index: BM25 over English and Chinese analysed text, k-NN over the English
 * model's vectors (and the Chinese model's for CJK questions), fused by reciprocal rank.
 */
public final class LuceneHybridRetriever implements PassageRetriever {
    /**
     * BGE-small-zh gives related Chinese texts cosines about 0.2 higher than MiniLM gives related English
     * ones (measured on the dev set), so its similarity is shifted onto MiniLM's scale before they are compared.
     */
    static final double CHINESE_SIMILARITY_OFFSET = 0.2;

    private final LuceneIndex index;
    private final Embedder english;
    private final Optional<Supplier<Embedder>> chinese;
    private final RetrievalTuning tuning;
    private final RankFusion fusion;
    private final Executor executor;

    /**
     * @param executor runs the BM25 search (and decodes its candidates) while the calling thread embeds the
     *     question: the embedding is the longer of the two, so the calling thread never waits to be woken for it
     */
    public LuceneHybridRetriever(
            LuceneIndex index,
            Embedder english,
            Optional<Supplier<Embedder>> chinese,
            RetrievalTuning tuning,
            Executor executor) {
        this.executor = executor;
        this.index = index;
        this.english = english;
        this.chinese = chinese;
        this.tuning = tuning;
        this.fusion = new RankFusion(tuning.rrfK());
    }

    @Override
    public List<Passage> retrieve(Query query) {
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return search(searcher, query);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    private List<Passage> search(IndexSearcher searcher, Query query) throws IOException {
        String text = query.text();
        var embedded = new AtomicBoolean();
        CompletableFuture<Lexical> lexicalSearch = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        var lexical = lexical(searcher, text);
                        prepare(searcher, lexical.docs(), embedded);
                        return lexical;
                    } catch (IOException e) {
                        throw new UncheckedIOException("Search failed", e);
                    }
                },
                executor);
        float[] qEn;
        try {
            qEn = english.embedQuery(text);
        } catch (RuntimeException e) {
            embedded.set(true);
            lexicalSearch.handle((done, failed) -> null).join(); // it reads the searcher the caller releases
            throw e;
        }
        embedded.set(true);
        Lexical lexicalSearched = join(lexicalSearch);
        QueryTerms terms = lexicalSearched.terms();
        ScoreDoc[] lexical = lexicalSearched.docs();
        var rankings = new ArrayList<RankFusion.Ranking>();
        rankings.add(ranking(lexical, tuning.lexicalWeight()));
        ScoreDoc[] dense = knn(searcher, IndexFields.VEC, qEn);
        rankings.add(ranking(dense, tuning.denseWeight()));
        Optional<float[]> qZh = chineseQuery(searcher, text);
        ScoreDoc[] denseZh = qZh.isPresent() ? knnUnchecked(searcher, IndexFields.VEC_ZH, qZh.get()) : new ScoreDoc[0];
        if (qZh.isPresent()) {
            rankings.add(ranking(denseZh, tuning.denseWeight()));
        }
        var ranks = new Ranks(lexical, dense, denseZh);
        double best = rankings.stream()
                .mapToDouble(r -> r.weight() / (tuning.rrfK() + 1))
                .sum();
        boolean definition = asksWhatItIs(text);
        var candidates = new ArrayList<Candidate>();
        var decoded = new HashMap<Chunk, DecodedChunks.Decoded>();
        for (RankFusion.Fused f : fusion.fuse(rankings)) {
            if (candidates.size() == Math.max(query.topK(), tuning.rerankDepth())) {
                break;
            }
            int docId = Integer.parseInt(f.id());
            DecodedChunks.Decoded doc = index.decoded().get(searcher, docId);
            decoded.put(doc.chunk(), doc);
            var passage = new Passage(doc.chunk(), f.score() / best, evidence(doc, terms, qEn, qZh, ranks, docId));
            candidates.add(new Candidate(passage, definition ? subject(doc, terms) : 0));
        }
        return detailed(rerank(candidates, query.topK(), definition), terms, decoded);
    }

    /** The question's terms and the BM25 candidates they found. */
    private record Lexical(QueryTerms terms, ScoreDoc[] docs) {}

    /**
     * While the question is being embedded, decodes the BM25 candidates (in rank order) that are not decoded yet,
     * so the fused candidates' evidence is mostly ready when the embedding arrives; stops as soon as it does.
     */
    private void prepare(IndexSearcher searcher, ScoreDoc[] lexical, AtomicBoolean embedded) {
        for (int i = 0; i < lexical.length && i < tuning.rerankDepth() && !embedded.get(); i++) {
            index.decoded().get(searcher, lexical[i].doc);
        }
    }

    /** The best passage gets the costlier evidence the answer decision weighs (see {@link Evidence}). */
    private List<Passage> detailed(
            List<Passage> passages, QueryTerms terms, Map<Chunk, DecodedChunks.Decoded> decoded) {
        if (passages.isEmpty()) {
            return passages;
        }
        var all = new ArrayList<>(passages);
        Passage top = all.get(0);
        Chunk c = top.chunk();
        DecodedChunks.Decoded doc = decoded.get(c);
        var detail = terms.detail(index.decoded().sentenceTerms(doc), doc.terms());
        all.set(
                0,
                new Passage(
                        c,
                        top.score(),
                        top.evidence()
                                .withDetail(
                                        detail.sentence(),
                                        detail.rest(),
                                        detail.unseen(),
                                        terms.unseenName().orElse(""))));
        return List.copyOf(all);
    }

    /**
     * Where each document stood in the BM25 and embedding rankings, and the spread of the question's cosines
     * to the embedding rankings' candidates, against which a passage's cosine is measured.
     */
    private record Ranks(ScoreDoc[] lexical, ScoreDoc[] dense, ScoreDoc[] denseZh) {
        int lexicalRank(int doc) {
            return rank(lexical, doc);
        }

        int denseRank(int doc) {
            int en = rank(dense, doc);
            int zh = rank(denseZh, doc);
            return en == 0 ? zh : zh == 0 ? en : Math.min(en, zh);
        }

        /** The cosine's distance above the candidates' mean, in their standard deviations, scaled by 1/4. */
        double standout(double cosineEn, OptionalDouble cosineZh) {
            double en = z(dense, cosineEn);
            return cosineZh.isPresent() && denseZh.length > 1 ? Math.max(en, z(denseZh, cosineZh.getAsDouble())) : en;
        }

        private static double z(ScoreDoc[] docs, double cosine) {
            if (docs.length < 2) {
                return 0;
            }
            double sum = 0;
            double squares = 0;
            for (ScoreDoc d : docs) {
                double c = 2 * d.score - 1; // Lucene scores a cosine c as (1 + c) / 2
                sum += c;
                squares += c * c;
            }
            double mean = sum / docs.length;
            double sd = Math.sqrt(Math.max(1e-9, squares / docs.length - mean * mean));
            return Math.max(-2, Math.min(4, (cosine - mean) / sd / 4));
        }

        private static int rank(ScoreDoc[] docs, int doc) {
            for (int i = 0; i < docs.length; i++) {
                if (docs[i].doc == doc) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    /**
     * Orders the fused candidates by fused score plus rare-term coverage and similarity (the passage that
     * contains the question's distinctive words rises), normalised so the final score stays in 0..1.
     */
    private List<Passage> rerank(List<Candidate> candidates, int topK, boolean definition) {
        double subjectBoost = definition ? tuning.subjectBoost() : 0;
        double norm = 1 + tuning.coverageBoost() + tuning.similarityBoost() + subjectBoost;
        return candidates.stream()
                .map(c -> new Passage(
                        c.passage().chunk(),
                        (c.passage().score()
                                        + tuning.coverageBoost()
                                                * c.passage().evidence().coverage()
                                        + tuning.similarityBoost()
                                                * Math.max(
                                                        0,
                                                        c.passage().evidence().similarity())
                                        + subjectBoost * c.subject())
                                / norm,
                        c.passage().evidence()))
                .sorted(Comparator.comparingDouble(Passage::score).reversed())
                .limit(topK)
                .toList();
    }

    /**
     * "What is X?", "What are X?", "Define X": a question asking what one short thing is, so the section about
     * X should win ("What are the downsides of X?" is not one).
     */
    private static final Pattern DEFINITION =
            Pattern.compile("(?i)(?:what\\s+(?:is|are)|what's|define)\\s+(?:an?\\s+|the\\s+)?"
                    + "(?!.*\\b(?:of|for|in|on|at|to|with|between|and|or|vs|versus|when|why|how|than)\\b)"
                    + "[\\p{L}\\d][\\p{L}\\d.+#-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d.+#-]*){0,3}\\s*[?？.!]*"
                    + "|[^的，,？?]{1,16}(?:是什么|是啥)[？?。]*");

    static boolean asksWhatItIs(String question) {
        return DEFINITION.matcher(question.strip()).matches();
    }

    /** A fused candidate and the share of the question's rare terms its own (last) heading names. */
    private record Candidate(Passage passage, double subject) {}

    /** How much of the question its last heading covers (read from the stored terms when the index has them). */
    private static double subject(DecodedChunks.Decoded doc, QueryTerms terms) {
        List<String> headings = doc.chunk().headingPath();
        if (headings.isEmpty()) {
            return 0;
        }
        return doc.stored()
                .map(stored -> terms.coverage(stored.heading()))
                .orElseGet(() -> terms.coverage(headings.get(headings.size() - 1)));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private Optional<float[]> chineseQuery(IndexSearcher searcher, String text) throws IOException {
        if (chinese.isEmpty() || Scripts.cjkShare(text) < EmbeddingPlan.CJK_SHARE) {
            return Optional.empty();
        }
        if (searcher.getIndexReader().getDocCount(IndexFields.VEC_ZH_BYTES) == 0
                && searcher.getIndexReader().getDocCount(IndexFields.BODY_ZH) == 0) {
            return Optional.empty();
        }
        return Optional.of(chinese.get().get().embedQuery(text));
    }

    private Evidence evidence(
            DecodedChunks.Decoded doc, QueryTerms terms, float[] qEn, Optional<float[]> qZh, Ranks ranks, int docId) {
        double en = doc.english().map(v -> Vectors.cosine(qEn, v.vector())).orElse(0.0);
        double sim = en;
        OptionalDouble zh = OptionalDouble.empty();
        if (qZh.isPresent()) {
            zh = OptionalDouble.of(doc.chinese()
                    .map(v -> Vectors.cosine(qZh.get(), v.vector()))
                    .orElse(0.0));
            sim = Math.max(sim, zh.getAsDouble() - CHINESE_SIMILARITY_OFFSET);
        }
        double coverage = terms.coverage(doc.terms());
        return new Evidence(
                Math.max(-1, Math.min(1, sim)),
                coverage,
                ranks.lexicalRank(docId),
                ranks.denseRank(docId),
                ranks.standout(en, zh));
    }

    private Lexical lexical(IndexSearcher searcher, String text) throws IOException {
        var terms = QueryTerms.of(text, index.english(), index.chinese(), searcher.getIndexReader(), index.spellings());
        if (terms.isEmpty()) {
            return new Lexical(terms, new ScoreDoc[0]);
        }
        var q = LexicalQueries.build(terms, tuning.headingBoost());
        return new Lexical(terms, searcher.search(q, tuning.candidates()).scoreDocs);
    }

    private ScoreDoc[] knn(IndexSearcher searcher, String field, float[] vector) throws IOException {
        return searcher.search(new KnnFloatVectorQuery(field, vector, tuning.candidates()), tuning.candidates())
                .scoreDocs;
    }

    private ScoreDoc[] knnUnchecked(IndexSearcher searcher, String field, float[] vector) {
        try {
            return knn(searcher, field, vector);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RankFusion.Ranking ranking(ScoreDoc[] docs, double weight) {
        return new RankFusion.Ranking(
                Arrays.stream(docs).map(d -> Integer.toString(d.doc)).toList(), weight);
    }
}
