package com.studybot.core.quiz.generate;

import com.studybot.core.common.Scripts;
import com.studybot.core.content.HeadingPaths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text gives an answer away in the other language: a Chinese description that translates a Latin name
 * (网页搜索 for web-search, 图标颜色 for logoColor, 知乎 for Zhihu On VSCode), or a Latin text that names a Chinese
 * answer. No string rule sees a translation, so the two sides are compared in a {@link MeaningSpace}: each piece
 * of the Latin side (the whole name, its words and runs of words) with each piece of the CJK side (every run of
 * two to four characters, and each longer run whole); the text gives the answer away when the closest pair is at
 * least {@link #THRESHOLD} alike. A text and an answer with no CJK on either side, or in one script both, are
 * never compared (no vector is asked for).
 */
public final class Translations {
    /**
     * Cosine at or above which a pair translates. Fitted on the 24 rated questions of one note of the Chinese test
     * vault (VS Code 配置笔记): the most alike pair of a question rated GOOD or WEAK there was 0.517; 0.02 more,
     * rounded, against notes of other fields. Held out, the 21 rated questions of six other notes: 7 of 13
     * translation giveaways rejected, none of 6 GOOD or WEAK (see issue 14). A margin over the distractors' likeness
     * was tried as a second way in and left out: the best one on the same note rejected a GOOD held-out question.
     */
    public static final double THRESHOLD = 0.54;

    /** Compares nothing: nothing is a translation. */
    public static final Translations NONE = new Translations(Optional.empty(), THRESHOLD, Pinyin.NONE);

    /** The words every prompt of a form has (下列哪一项符合这段描述：“…”？, 写出对应的名称：, Name it:), which say nothing of its answer. */
    static final Pattern FORM_WORDS =
            Pattern.compile("^(?:下列哪一项(?:符合这段描述：|是对|的)?|" + QuestionChecks.NAME_IT + ")|(?:的描述)?？$");

    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
    private static final Pattern LATIN_RUN =
            Pattern.compile("[\\p{IsLatin}\\d][\\p{IsLatin}\\d .+#&'’_/-]*[\\p{IsLatin}\\d]|\\p{IsLatin}");
    private static final int LONGEST_PHRASE = 3;

    private final Optional<MeaningSpace> space;
    private final double threshold;
    private final Pinyin pinyin;

    public Translations(MeaningSpace space) {
        this(Optional.of(space), THRESHOLD, Pinyin.NONE);
    }

    /** As above, and a Latin word that is the pinyin of Han characters on the other side gives the answer away. */
    public Translations(MeaningSpace space, Pinyin pinyin) {
        this(Optional.of(space), THRESHOLD, pinyin);
    }

    /** As the first, with the cosine at or above which a pair translates. */
    public Translations(MeaningSpace space, double threshold) {
        this(Optional.of(space), threshold, Pinyin.NONE);
    }

    private Translations(Optional<MeaningSpace> space, double threshold, Pinyin pinyin) {
        this.pinyin = pinyin;
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.space = space;
        this.threshold = threshold;
    }

    /**
     * Whether {@code text} (a prompt, a heading, a statement) translates {@code answer} or a part of it; the words
     * of a prompt's form ("下列哪一项符合这段描述", the blank) are not compared.
     */
    public boolean givesAway(String text, String answer) {
        return spelt(text, answer)
                || score(text, answer).filter(s -> s >= threshold).isPresent();
    }

    /** A Latin word of at least this many letters may be the pinyin of the other side ("Zhihu"). */
    private static final int PINYIN_LETTERS = 4;

    private static final Pattern LETTERS = Pattern.compile("\\p{IsLatin}+");

    /**
     * Whether one side writes in Latin letters the pinyin of two to four Han characters of the other: 知乎 in the
     * prompt of "Zhihu On VSCode", or the reverse. A transliteration is no translation: no model sees it.
     */
    boolean spelt(String text, String answer) {
        if (!(Scripts.containsCjk(text) || Scripts.containsCjk(answer))) {
            return false;
        }
        String bare = FORM_WORDS.matcher(text.strip()).replaceAll("").replace(QuestionChecks.BLANK, " ");
        return spelt(bare, answer, pinyin) || spelt(answer, bare, pinyin);
    }

    private static boolean spelt(String hanSide, String latinSide, Pinyin pinyin) {
        var words = new HashSet<String>();
        Matcher w = LETTERS.matcher(latinSide);
        while (w.find()) {
            if (w.group().length() >= PINYIN_LETTERS) {
                words.add(w.group().toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        Matcher m = HAN_RUN.matcher(hanSide);
        while (m.find()) {
            String run = m.group();
            for (int from = 0; from < run.length() - 1; from++) {
                for (int to = from + 2; to <= Math.min(run.length(), from + 4); to++) {
                    if (pinyin.readings(run.substring(from, to)).stream().anyMatch(words::contains)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * How alike the closest pair of pieces is (the cosine), or empty when the two are not compared: no model, no
     * CJK on either side, or nothing in the other script to compare with.
     */
    public Optional<Double> score(String text, String answer) {
        if (space.isEmpty() || !(Scripts.containsCjk(text) || Scripts.containsCjk(answer))) {
            return Optional.empty();
        }
        String bare = FORM_WORDS.matcher(text.strip()).replaceAll("").replace(QuestionChecks.BLANK, " ");
        var latin = new LinkedHashSet<String>();
        var cjk = new LinkedHashSet<String>();
        var answerLatin = latinPieces(answer, bare);
        if (!answerLatin.isEmpty() && Scripts.containsCjk(bare)) {
            latin.addAll(answerLatin);
            cjk.addAll(cjkPieces(bare));
        }
        var answerCjk = cjkPieces(answer);
        if (!answerCjk.isEmpty()) {
            var textLatin = new ArrayList<String>();
            Matcher m = LATIN_RUN.matcher(bare);
            while (m.find()) {
                textLatin.addAll(latinPieces(m.group(), answer));
            }
            if (!textLatin.isEmpty()) {
                latin.addAll(textLatin);
                cjk.addAll(answerCjk);
            }
        }
        if (latin.isEmpty() || cjk.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(closest(List.copyOf(latin), List.copyOf(cjk)));
    }

    /**
     * The context shown with a question without the headings (and the file name) that translate its answer, as
     * {@link Topics#context} leaves out those that name it.
     */
    String context(String context, String answer) {
        if (space.isEmpty() || !(Scripts.containsCjk(context) || Scripts.containsCjk(answer))) {
            return context;
        }
        String[] parts = context.split(Pattern.quote(HeadingPaths.SEPARATOR));
        String file = parts[0];
        int slash = file.lastIndexOf('/');
        String base = file.substring(slash + 1).replaceFirst("\\.[^.]+$", "");
        if (!base.equals("…") && givesAway(base, answer)) {
            file = file.substring(0, slash + 1) + "…";
        }
        var kept = new ArrayList<String>();
        for (int i = 1; i < parts.length; i++) {
            if (!givesAway(parts[i], answer)) {
                kept.add(parts[i]);
            }
        }
        return kept.isEmpty() ? file : file + HeadingPaths.SEPARATOR + HeadingPaths.label(kept);
    }

    private double closest(List<String> latin, List<String> cjk) {
        var texts = new ArrayList<String>(latin);
        texts.addAll(cjk);
        List<float[]> vectors = space.orElseThrow().vectors(texts);
        if (vectors.size() != texts.size()) {
            throw new IllegalStateException(
                    "the meaning space gave " + vectors.size() + " vectors for " + texts.size() + " texts");
        }
        double best = -1;
        for (int i = 0; i < latin.size(); i++) {
            for (int j = latin.size(); j < texts.size(); j++) {
                best = Math.max(best, cosine(vectors.get(i), vectors.get(j)));
            }
        }
        return best;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * The Latin pieces of {@code side}: the whole of it (camel case spread into words: "label color" for
     * labelColor), and each run of up to three of its words not written in {@code other} (there the plain checks
     * see it), a single word only of four letters or more ("use" or "pro" matches too much).
     */
    static List<String> latinPieces(String side, String other) {
        String latin = side.replaceAll("[^\\p{IsLatin}\\d]+", " ").strip();
        if (latin.isEmpty() || !latin.matches(".*\\p{IsLatin}.*")) {
            return List.of();
        }
        var out = new LinkedHashSet<String>();
        String[] words = latin.toLowerCase(Locale.ROOT).split(" ");
        if (words.length <= LONGEST_PHRASE + 2) {
            out.add(latin.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").toLowerCase(Locale.ROOT));
        }
        Set<String> written = new HashSet<>(Arrays.asList(other.replaceAll("[^\\p{IsLatin}\\d]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT)
                .split(" ")));
        for (int n = 1; n <= Math.min(LONGEST_PHRASE, words.length - 1); n++) {
            for (int i = 0; i + n <= words.length; i++) {
                String[] run = Arrays.copyOfRange(words, i, i + n);
                String phrase = String.join(" ", run);
                if (Arrays.stream(run).noneMatch(written::contains)
                        && phrase.length() >= 4
                        && phrase.matches(".*\\p{IsLatin}.*")) {
                    out.add(phrase);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every run of two to four Han characters of {@code text}, and each longer run whole. */
    static List<String> cjkPieces(String text) {
        var out = new LinkedHashSet<String>();
        Matcher m = HAN_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            for (int n = 2; n <= 4; n++) {
                for (int i = 0; i + n <= run.length(); i++) {
                    out.add(run.substring(i, i + n));
                }
            }
            if (run.length() > 4) {
                out.add(run);
            }
        }
        return List.copyOf(out);
    }
}
