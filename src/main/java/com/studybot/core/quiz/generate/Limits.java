package com.studybot.core.quiz.generate;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import com.studybot.core.content.Sentences;
import com.studybot.core.quiz.QuizItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and limits with their unit: a line saying "Invocation time: up to 15 minutes" under "AWS Lambda"
 * becomes "AWS Lambda: invocation time: up to _____." with three other amounts of the same kind (a duration among
 * durations, a size among sizes) written in the notes as the wrong options. Only a limit is asked ("up to", "at
 * most", "maximum", "minimum", "at least", 最多, 至少); no two options are the same amount written differently
 * ("5 TB" and "5000 GB"), and no wrong option stands in the passage.
 */
final class Limits {
    private static final String UNIT =
            "(?:KiB|MiB|GiB|TiB|KB|MB|GB|TB|PB|EB|ms|milliseconds?|seconds?|secs?|minutes?|mins?"
                    + "|hours?|hrs?|days?|weeks?|months?|years?|秒|分钟|小时|天|周|个月|年)";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\w.])(\\d+(?:[.,]\\d+)?)\\s?(" + UNIT + ")(?![\\p{L}\\d])(\\s*\\(\\s*\\d[^)]*\\))?",
            Pattern.CASE_INSENSITIVE);
    /** A limit word just before the amount, or a few words before it: "up to 15", "Max object size is 5TB". */
    private static final Pattern LIMIT =
            Pattern.compile("(?i)\\b(?:up to|at most|at least|maximum|max|minimum|min|no more than|limited to)\\b"
                    + "(?:\\s+[\\p{L}-]+){0,3}?(?:\\s+(?:is|are|of))?\\s+$"
                    + "|(?:最多|至少|最长|最大|最小|上限为?|不超过)\\s*$");

    private static final Map<String, BigDecimal> SCALE = scales();

    private final Map<String, List<String>> amountsByKind = new LinkedHashMap<>();
    private final java.util.function.Consumer<Claim> claims;

    /** Collects every amount the notes write, by kind, as the pool of wrong options. */
    Limits(List<Note> notes, java.util.function.Consumer<Claim> claims) {
        this.claims = claims;
        for (Note n : notes) {
            for (Section s : n.sections()) {
                Matcher m = AMOUNT.matcher(s.text());
                while (m.find()) {
                    String written = s.text().substring(m.start(1), m.end(2)); // as the notes write it
                    var pool = amountsByKind.computeIfAbsent(kind(m.group(2)), k -> new ArrayList<>());
                    if (pool.stream().noneMatch(p -> same(p, written))) {
                        pool.add(written);
                    }
                }
            }
        }
    }

    List<QuizItem> of(Note n, Section s) {
        var out = new ArrayList<QuizItem>();
        if (s.headingPath().isEmpty()) {
            return out;
        }
        String topic = s.headingPath().get(s.headingPath().size() - 1);
        if (!NamedThings.isThing(topic)) {
            return out; // "Integration - Summary", "EC2 Instance Types: Example": the limit's thing is not named
        }
        for (String sentence : Sentences.split(s.text())) {
            if (sentence.contains(" | ")) {
                continue; // a table row: the table forms ask it
            }
            if (ownSubject(n, sentence, topic)) {
                continue; // "Aurora storage … up to 64 TB" under "DocumentDB": the heading is not what it is about
            }
            Matcher m = AMOUNT.matcher(sentence);
            while (m.find()) {
                if (!LIMIT.matcher(sentence.substring(0, m.start())).find()) {
                    continue;
                }
                ask(n, s, topic, sentence, m).ifPresent(out::add);
                break;
            }
        }
        return out;
    }

    private static final Pattern GLOSS = Pattern.compile("\\s+[-–—]\\s+.*$");
    private static final Pattern LABEL_TAIL = Pattern.compile("(?i)\\s+(?:overview|summary|introduction|basics)$");

    /**
     * The heading's name without what a spaced dash adds ("Amazon SQS - Simple Queue Service" → Amazon SQS, "Amazon
     * S3 Glacier Deep Archive - for long term storage" → Amazon S3 Glacier Deep Archive, "Amazon S3 Overview -
     * Objects" → Amazon S3): the whole heading before the limit read as a heading, not a sentence (rated WEAK three
     * times in a blind review). A heading whose lead names nothing stays whole.
     */
    static String named(String heading) {
        String lead = LABEL_TAIL
                .matcher(GLOSS.matcher(heading.strip()).replaceFirst(""))
                .replaceFirst("");
        return !lead.isBlank() && !lead.equals(heading.strip()) && NamedThings.isThing(lead) ? lead : heading.strip();
    }

    private Optional<QuizItem> ask(Note n, Section s, String topic, String sentence, Matcher m) {
        String answer = sentence.substring(m.start(1), m.end(2));
        String masked = (sentence.substring(0, m.start()) + QuestionChecks.BLANK + sentence.substring(m.end()))
                .replaceFirst("^[-*]\\s+", "")
                .replace("**", "");
        String clause = QuestionGenerator.tidy(masked.replaceAll("\\s+", " "));
        String name = named(topic);
        String prompt = Words.chinese(clause) ? name + "：" + clause : name + ": " + lowerFirst(clause);
        if (AMOUNT.matcher(prompt.replace(QuestionChecks.BLANK, ""))
                .results()
                .anyMatch(r -> same(r.group(1) + " " + r.group(2), answer))) {
            return Optional.empty(); // the amount again, written another way
        }
        var others = new ArrayList<String>();
        for (String o : amountsByKind.getOrDefault(kind(m.group(2)), List.of())) {
            if (!same(o, answer) && !inPassage(s.text(), o) && others.stream().noneMatch(x -> same(x, o))) {
                others.add(o);
            }
        }
        String id = TableQuestions.id("limit", n.path(), answer, s.headingLabel() + "\n" + sentence);
        // written as the answer is ("5TB" among "2.5TB", not among "2.5 TB"): the spacing must not tell it
        boolean spaced = answer.matches(".*\\d\\s.*");
        List<String> distractors = nearest(others, answer).stream()
                .map(o -> o.replaceFirst("(\\d)\\s*(?=[\\p{L}%])", spaced ? "$1 " : "$1"))
                .toList();
        if (distractors.size() < Choices.DISTRACTORS || Words.length(prompt) < QuestionChecks.MIN_PROMPT_WORDS) {
            return Optional.empty();
        }
        QuizItem item = TableQuestions.item(
                id, n, s, prompt, answer, TableQuestions.shuffled(distractors, answer, id), sentence);
        // a false limit claims more than the most ("up to 30 minutes" for 15) or less than the least: never true
        boolean least = LIMIT.matcher(sentence.substring(0, m.start()))
                .results()
                .anyMatch(r -> r.group().matches("(?is).*(?:at least|minimum|\\bmin\\b|至少|最小).*"));
        List<String> wrong = distractors.stream()
                .filter(o -> Integer.signum(compare(o, answer)) == (least ? -1 : 1))
                .toList();
        claims.accept(new Claim(
                item,
                prompt.replace(QuestionChecks.BLANK, Claim.SLOT),
                answer,
                Claim.unowned(wrong),
                Words.chinese(clause)));
        return Optional.of(item);
    }

    /** The unit an amount is written in, as {@link #unit} reads it: "14 days" → day, "5TB" → tb. */
    static String unitOf(String amount) {
        return unit(amount.replaceAll("^[^\\p{L}]*", "").strip());
    }

    /** The sign of {@code a} minus {@code b}, as quantities ("2 hours" is more than "90 minutes"); 0 if unread. */
    static int compare(String a, String b) {
        var x = base(a);
        var y = base(b);
        return x.isPresent() && y.isPresent() ? x.get().compareTo(y.get()) : 0;
    }

    /**
     * The three amounts nearest the answer, in its own unit first ("12 days" before "750 hours" for 14 days: options
     * in three units were rated WEAK, the odd unit out tells), then by magnitude: a year among months, not minutes.
     */
    static List<String> nearest(List<String> others, String answer) {
        double a = Math.log(base(answer).orElseThrow().doubleValue());
        String unit = unitOf(answer);
        return others.stream()
                .sorted(java.util.Comparator.comparing((String o) -> !unitOf(o).equals(unit))
                        .thenComparingDouble((String o) ->
                                Math.abs(Math.log(base(o).orElseThrow().doubleValue()) - a))
                        .thenComparing(o -> o))
                .limit(Choices.DISTRACTORS)
                .toList();
    }

    /**
     * Whether the sentence starts with a name of its own other than the heading's ("Aurora storage …"): a word
     * the note also writes capitalised in the middle of a sentence.
     */
    private static boolean ownSubject(Note n, String sentence, String topic) {
        var m = Pattern.compile("^(?:[-*]\\s+)?\\**(\\p{Lu}[\\p{L}\\d]+)").matcher(sentence);
        if (!m.find() || Words.containsPhrase(topic, m.group(1))) {
            return false;
        }
        var mid = Pattern.compile("[\\p{Ll},] " + Pattern.quote(m.group(1)) + "\\b");
        return n.sections().stream().anyMatch(s -> mid.matcher(s.text()).find());
    }

    private static String lowerFirst(String clause) {
        return clause.length() > 1 && Character.isUpperCase(clause.charAt(0)) && Character.isLowerCase(clause.charAt(1))
                ? Character.toLowerCase(clause.charAt(0)) + clause.substring(1)
                : clause;
    }

    private static boolean inPassage(String passage, String amount) {
        Matcher m = AMOUNT.matcher(passage);
        while (m.find()) {
            if (same(m.group(), amount)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two amounts are the same quantity, or near enough to be taken for it ("5 TB" and "5000 GB", "60
     * minutes" and "1 hour", "12 months" and "1 year": within 5%).
     */
    static boolean same(String a, String b) {
        var x = base(a);
        var y = base(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        double p = x.get().doubleValue();
        double q = y.get().doubleValue();
        return Math.abs(p - q) <= 0.05 * Math.max(p, q);
    }

    private static Optional<BigDecimal> base(String amount) {
        var parts = AMOUNT.matcher(amount.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        BigDecimal scale = SCALE.get(unit(parts.group(2)));
        return scale == null
                ? Optional.empty()
                : Optional.of(new BigDecimal(parts.group(1).replace(",", "")).multiply(scale));
    }

    /** "size" or "time": amounts of one kind are options for each other. */
    static String kind(String unit) {
        return unit(unit).matches("kb|mb|gb|tb|pb|eb") ? "size" : "time";
    }

    private static String unit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).replaceFirst("(?<=[a-z]{3})s$", "");
        return switch (u) {
            case "kib" -> "kb";
            case "mib" -> "mb";
            case "gib" -> "gb";
            case "tib" -> "tb";
            case "millisecond", "ms" -> "ms";
            case "second", "sec", "秒" -> "second";
            case "minute", "min", "分钟" -> "minute";
            case "hour", "hr", "小时" -> "hour";
            case "day", "天" -> "day";
            case "week", "周" -> "week";
            case "month", "个月" -> "month";
            case "year", "年" -> "year";
            default -> u;
        };
    }

    private static Map<String, BigDecimal> scales() {
        var m = new LinkedHashMap<String, BigDecimal>();
        BigDecimal k = BigDecimal.valueOf(1000);
        m.put("kb", k);
        m.put("mb", k.pow(2));
        m.put("gb", k.pow(3));
        m.put("tb", k.pow(4));
        m.put("pb", k.pow(5));
        m.put("eb", k.pow(6));
        m.put("ms", BigDecimal.ONE);
        m.put("second", k);
        m.put("minute", k.multiply(BigDecimal.valueOf(60)));
        m.put("hour", k.multiply(BigDecimal.valueOf(3600)));
        m.put("day", k.multiply(BigDecimal.valueOf(86_400)));
        m.put("week", k.multiply(BigDecimal.valueOf(7 * 86_400)));
        m.put("month", k.multiply(BigDecimal.valueOf(30L * 86_400)));
        m.put("year", k.multiply(BigDecimal.valueOf(365L * 86_400)));
        return Map.copyOf(m);
    }
}
