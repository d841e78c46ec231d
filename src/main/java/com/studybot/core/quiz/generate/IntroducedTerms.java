package com.studybot.core.quiz.generate;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms the notes name as they introduce them, whether or not they are also bold: "a technique called gradient
 * checking", "this is known as transfer learning", "a process we call orthogonalization", "这种方式称为容器编排".
 * The author says in so many words that the phrase is the name of a thing, so it is a key term of its section as much
 * as a bold one; the usual checks (a thing of the notes, no giveaway, a fair prompt) still decide what is asked.
 */
final class IntroducedTerms {
    /** The words that introduce a name, then an optional article. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:(?:is|are|was|were|be|been|it's|also|sometimes|often|usually|commonly|then) )?"
                    + "(?:called|known as|referred to as|termed|we call)"
                    + " (?:(?:an?|the) )?(\\S.*)",
            Pattern.CASE_INSENSITIVE);

    /** A quoted name right after the introducing words: "called “Inverted dropout”". */
    private static final Pattern QUOTED = Pattern.compile("^[\"“‘'`]([^\"”’'`]{2,60})[\"”’'`]");

    /** Where an unquoted English name stops. */
    private static final Pattern STOP = Pattern.compile(
            "(?i)^(?:which|that|who|whose|where|when|because|since|and|or|but|is|are|was|were|in|on|to|for|of|with|"
                    + "by|from|as|at|it|its|so|if|than|then|like|such|this|these|those|we|you|they|here|there|"
                    + "now|before|after|later|also|instead|too|can|will|may|might|could|would|should|has|have|had|"
                    + "do|does|did|not|because|while|using|used|e\\.g\\.|i\\.e\\.)$");

    /** Words an introduced phrase cannot be: the introducing words point at something else. */
    private static final Pattern NOT_A_NAME =
            Pattern.compile("(?i)(?:it|this|that|these|those|them|one|something|anything|a|an|the|so|such|what|which|"
                    + "for|by|on|in|with|\\d+)");

    /**
     * "称为竞态条件", "叫做镜像": a Chinese name runs to the next punctuation; without a segmenter only a short run
     * (six characters at most) with no particle (的, 了, 是 …) is taken for one name rather than a clause.
     */
    private static final Pattern CHINESE = Pattern.compile(
            "(?:被称为|称之为|称为|称作|叫做|叫作)\\s*[“\"「]?([\\p{IsHan}A-Za-z0-9][\\p{IsHan}A-Za-z0-9 .+-]{1,15}?)[”\"」]?(?=[，。、；：:,.;!?！？（(）)\\s]|$)");

    private static final int MAX_WORDS = 4;

    /**
     * "原子性（Atomicity）", "拉取（pull）": a short Chinese term glossed with its English name in parentheses. The
     * author introduces a term of the field this way, whether or not it is used again.
     */
    private static final Pattern GLOSSED =
            Pattern.compile("\\p{IsHan}[\\p{IsHan}\\p{N}]{0,7}[（(]\\p{IsLatin}[\\p{IsLatin} .&/-]{1,30}[）)]");

    /** Whether {@code term} is written as a Chinese term glossed in English (see {@link #GLOSSED}). */
    static boolean glossed(String term) {
        return GLOSSED.matcher(term.strip()).matches();
    }

    private IntroducedTerms() {}

    /** The note with each section's introduced terms added to its key terms (after the bold ones). */
    static Note withIntroduced(Note note) {
        var sections = new ArrayList<Section>();
        boolean changed = false;
        for (Section s : note.sections()) {
            var terms = new LinkedHashSet<>(s.keyTerms());
            boolean added = terms.addAll(of(s.text()));
            changed |= added;
            sections.add(added ? new Section(s.headingPath(), s.text(), List.copyOf(terms)) : s);
        }
        return changed ? new Note(note.path(), note.title(), note.tags(), note.aliases(), sections) : note;
    }

    /** The names {@code text} introduces, in order of appearance. */
    static List<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            Matcher m = ENGLISH.matcher(line);
            int from = 0;
            while (from < line.length() && m.find(from)) {
                name(m.group(1)).ifPresent(out::add);
                from = m.start(1);
            }
            Matcher zh = CHINESE.matcher(line);
            while (zh.find()) {
                String t = zh.group(1).strip();
                if (t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        && t.length() >= 2
                        && t.length() <= 6
                        && !t.matches("^(?:这|那|此|其|它|一个|一种).*|.*[的地得了来是].*")) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The name at the start of {@code rest}: a quoted phrase, or up to four words before a stop word. */
    private static java.util.Optional<String> name(String rest) {
        Matcher q = QUOTED.matcher(rest);
        String candidate;
        if (q.find()) {
            candidate = q.group(1).strip();
        } else {
            var words = new ArrayList<String>();
            for (String raw : rest.split("\\s+")) {
                String w = raw.replaceAll("[,;:.!?)\\]]+$", "");
                boolean ends = !w.equals(raw) || raw.matches(".*[(\\[].*");
                if (w.isEmpty() || STOP.matcher(w).matches() || !w.matches("[\\p{L}\\d][\\p{L}\\d'’/+-]*")) {
                    break;
                }
                words.add(w);
                if (ends || words.size() > MAX_WORDS) {
                    break;
                }
            }
            if (words.size() > MAX_WORDS) {
                return java.util.Optional.empty(); // a clause, not a name
            }
            // "called Bottleneck BN": the abbreviation after a name is another way to write it, not part of it
            if (words.size() >= 2
                    && words.get(words.size() - 1).matches("\\p{Lu}{2,6}")
                    && !words.get(words.size() - 2).matches("\\p{Lu}{2,}")) {
                words.remove(words.size() - 1);
            }
            candidate = String.join(" ", words);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (candidate.length() < 3 || NOT_A_NAME.matcher(lower).matches() || Words.count(candidate) > MAX_WORDS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(candidate);
    }
}
