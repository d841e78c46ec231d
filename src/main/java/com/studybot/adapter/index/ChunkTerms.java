package com.studybot.adapter.index;

import com.studybot.core.content.Chunk;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A chunk's analysed terms as a question is matched against them: the passage's (its {@link
 * DecodedChunks#searchable} text), its last heading's and each of its {@link QueryTerms#sentences}'. They are
 * worked out when the chunk is indexed and stored with it, so a question reads them instead of running the
 * analysers (stemming every word of ten passages was a fifth of a cold question's work, and kept the JIT
 * compiler busy on the first questions of every process).
 *
 * <p>Stored as one string: a format tag, then one record per {@link PassageTerms} (passage, heading, then the
 * sentences), each its CJK flag and its English and Chinese terms. Control characters separate them; the
 * analysers never emit them, and a chunk whose terms would contain one is stored without its terms (it is
 * analysed when read, as before). An index written before this, or by another format, is read the same way.
 */
record ChunkTerms(PassageTerms passage, PassageTerms heading, List<PassageTerms> sentences) {
    /** Names the analysers' output: a change of analysis must change it, so older stored terms are not used. */
    static final String FORMAT = "terms-1";

    private static final char RECORD = '\u001e';
    private static final char GROUP = '\u001d';
    private static final char TERM = '\u001f';
    private static final PassageTerms NONE = new PassageTerms(false, Set.of(), Set.of());

    ChunkTerms {
        sentences = List.copyOf(sentences);
    }

    static ChunkTerms of(Chunk chunk, Analyzer english, Analyzer chinese) {
        String searchable = DecodedChunks.searchable(chunk);
        List<String> headings = chunk.headingPath();
        return new ChunkTerms(
                PassageTerms.of(searchable, english, chinese),
                headings.isEmpty() ? NONE : PassageTerms.of(headings.get(headings.size() - 1), english, chinese),
                QueryTerms.sentences(searchable).stream()
                        .map(s -> PassageTerms.of(s, english, chinese))
                        .toList());
    }

    /** The stored form; empty when a term holds one of the separators. */
    Optional<String> encode() {
        var out = new StringBuilder(FORMAT);
        var all = new ArrayList<PassageTerms>();
        all.add(passage);
        all.add(heading);
        all.addAll(sentences);
        for (PassageTerms t : all) {
            out.append(RECORD).append(t.cjk() ? '1' : '0').append(GROUP);
            if (!append(out, t.english())) {
                return Optional.empty();
            }
            out.append(GROUP);
            if (!append(out, t.chinese())) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean append(StringBuilder out, Collection<String> terms) {
        boolean first = true;
        for (String term : terms) {
            if (term.isEmpty() || term.indexOf(RECORD) >= 0 || term.indexOf(GROUP) >= 0 || term.indexOf(TERM) >= 0) {
                return false;
            }
            if (!first) {
                out.append(TERM);
            }
            out.append(term);
            first = false;
        }
        return true;
    }

    /** The terms {@code stored} holds; empty when it is absent, of another format or not well formed. */
    static Optional<ChunkTerms> decode(String stored) {
        if (stored == null || !stored.startsWith(FORMAT + RECORD)) {
            return Optional.empty();
        }
        List<String> records = parts(stored.substring(FORMAT.length() + 1), RECORD);
        if (records.size() < 2) {
            return Optional.empty();
        }
        var terms = new ArrayList<PassageTerms>(records.size());
        for (String r : records) {
            List<String> groups = parts(r, GROUP);
            if (groups.size() != 3
                    || !(groups.get(0).equals("0") || groups.get(0).equals("1"))) {
                return Optional.empty();
            }
            terms.add(new PassageTerms(groups.get(0).equals("1"), split(groups.get(1)), split(groups.get(2))));
        }
        return Optional.of(new ChunkTerms(terms.get(0), terms.get(1), terms.subList(2, terms.size())));
    }

    private static Set<String> split(String joined) {
        return joined.isEmpty() ? Set.of() : Set.copyOf(parts(joined, TERM));
    }

    /**
     * {@code text} cut at each {@code separator}, empty parts kept (as {@code split(separator, -1)}); a plain loop,
     * as this runs for every passage a question reads and {@code String.split} is costly for the JIT to compile.
     */
    static List<String> parts(String text, char separator) {
        var out = new ArrayList<String>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            out.add(text.substring(from, at));
            from = at + 1;
        }
        out.add(text.substring(from));
        return out;
    }
}
