package com.studybot.core.answer;

import com.studybot.core.common.Scripts;
import com.studybot.core.common.Terms;
import java.util.HashSet;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for when it asks for one that a passage either states or does not: an
 * amount of money, a count, a size, a date, a duration, a default, a limit, a port, a version, a person or
 * organisation, a place, or a measured value (English and Chinese). "How much does Fargate cost?" needs a passage that states a price; one that only names
 * Fargate does not answer it. {@link #OTHER} is every other question, which any passage may answer.
 */
public enum AskedKind {
    PRICE(
            "(?i)\\bhow much (?:does|do|is|are|will|would|did)\\b.*\\b(?:cost|charge|pay|price|fee|per)\\b"
                    + "|\\b(?:price|pricing|cost|costs|fee|fees)\\s+(?:[\\w-]+\\s+){0,2}(?:of|for|per|to)\\b"
                    + "|\\bhow much (?:money|\\$)|\\bhow expensive\\b|多少钱|价格是|费用是|收费多少|价钱",
            "(?i)[$€£¥]\\s?\\d|\\d\\s?(?:usd|eur|dollars?|cents?|元|美元)|\\bfree\\b|免费"
                    + "|\\d+(?:\\.\\d+)?\\s?%\\s?(?:cheaper|less|off|discount|savings?|lower)|便宜\\s?\\d"),
    COUNT(
            "(?i)\\bhow many\\b|\\bnumber of\\b|多少个|几个|几种|多少种|多少条|多少台",
            "(?i)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred|thousand|million|single|"
                    + "dozens?|multiple)\\b|[一二两三四五六七八九十百千万几]"),
    SIZE(
            "(?i)\\bhow (?:big|large|small)\\b|\\b(?:max(?:imum)?|min(?:imum)?)\\b[\\w ]{0,24}\\b(?:size|length)\\b"
                    + "|\\bsize limit\\b|\\bhow much (?:storage|memory|space|data)\\b|多大|容量是|最大.*大小",
            "(?i)\\d\\s?(?:bytes?|[kmgtp]i?b|kilobytes?|megabytes?|gigabytes?|terabytes?|bits?|字节|位|kb|mb|gb|tb)\\b"
                    + "|\\d\\s?(?:字节|位|兆|千字节)|\\bunlimited\\b|无限"),
    DATE(
            "(?i)\\bwhen (?:was|were|did|is|will)\\b.*\\b(?:released|founded|launched|introduced|invented|created|"
                    + "published|announced|born|start|started)\\b|\\bwhat year\\b|\\bwhich year\\b|\\bin what year\\b"
                    + "|\\brelease date\\b|哪一年|哪年|什么时候(?:发布|推出|发明|创建|出现|提出)|何时(?:发布|推出|发明|提出)",
            "(?i)\\b(?:1[89]\\d\\d|20\\d\\d)\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d"
                    + "|\\d{4}\\s?年|\\d+\\s?月"),
    DURATION(
            "(?i)\\bhow long (?:does|do|is|are|can|will|would|did|should)\\b|\\bhow many (?:seconds|minutes|hours|days|"
                    + "weeks|months|years)\\b|\\bfor how long\\b|\\b(?:max(?:imum)?|min(?:imum)?) (?:duration|time|"
                    + "timeout|retention)\\b|多长时间|多久|几天|几小时|几分钟",
            "(?i)\\d\\s?(?:ms|milliseconds?|s|sec|secs|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|"
                    + "years?)\\b|\\d\\s?(?:秒|分钟|小时|天|周|个月|年)|\\b(?:one|two|three|a few|several) (?:seconds|"
                    + "minutes|hours|days|weeks|months|years)\\b|\\b(?:hourly|daily|weekly|monthly|yearly)\\b"),
    PORT(
            "(?i)\\b(?:which|what|default) port\\b|\\bport (?:number|does)\\b|\\bport\\b.*\\?|端口",
            "(?i)\\bport\\s?:?\\s?\\d+|:\\d{2,5}\\b|端口\\s?\\d+|\\d+\\s?端口"),
    DEFAULT(
            "(?i)\\bby default\\b|\\bdefault (?:value|setting|timeout|limit|size|port|region|number|memory|"
                    + "behaviou?r)\\b|\\bwhat(?:'s| is) the default\\b|\\bthe default\\b.*\\?"
                    + "|默认(?:值|设置|是什么|是多少|为多少)|默认.{0,8}(?:是多少|是什么|有多少|是几)",
            "(?i)\\bdefaults?\\b|\\bby default\\b|默认|缺省"),
    LIMIT(
            "(?i)\\b(?:max|maximum|min|minimum|at most|at least|upper limit|limit on|limits? of|the most|the longest|"
                    + "the largest|the biggest)\\b|最多|最大|最长|上限|最少|最小|至少",
            "(?i)\\b(?:max|maximum|min|minimum|up to|at most|at least|limit(?:ed)?|no more than|longest|largest|"
                    + "unlimited)\\b|最多|最大|最长|上限|最少|最小|至少|无限"),
    VERSION(
            "(?i)\\b(?:which|what|latest|current)(?: (?!(?:does|do|is|are|was|were|did|can|will|should)\\b)[\\w.-]+){0,2}?"
                    + " version\\b(?! control)|\\bversion (?:number|of)\\b"
                    + "|哪个版本|什么版本|最新版本|版本号|几版|第几版|哪一版|最新版",
            "(?i)\\bv?\\d+\\.\\d+|\\bversion \\d|\\d+\\s?版"),
    PERSON(
            "(?i)^\\s*who (?:invented|created|founded|wrote|designed|developed|made|proposed|introduced|maintains|owns|"
                    + "started|came up with|coined)\\b|\\b(?:inventor|founder|author|creator|maintainer) of\\b"
                    + "|\\b(?:which|what) (?:company|organi[sz]ation|person|team|university)\\b"
                    + "|谁(?:发明|创建|提出|设计|开发|写|维护)|是谁|哪位|哪家公司|哪个公司|什么公司|哪个组织",
            "(?i:\\b(?:invented|created|founded|developed|designed|written|proposed|introduced|made|started|maintained|"
                    + "owned|published|released|donated) by\\b)|\\b[A-Z][\\w.]+ (?:created|invented|founded|developed|"
                    + "designed|wrote|started|introduced|proposed|coined|built)\\b|\\bby [A-Z][\\w.]+|(?i:\\bet al\\b)|\\b[A-Z][a-z]+'s (?:paper|team)"
                    + "|(?i:\\b(?:creator|inventor|founder|co-?founder|author|father) of\\b)"
                    + "|\\b(?:Inc|Corp|Corporation|Foundation|Labs|University)\\b"
                    + "|发明|创建|提出|开发者|作者|创始人|创办|维护者|编写|设计者|公司|基金会|团队|组织"
                    + "|由.{1,40}(?:发明|提出|提议|开发|创建|维护|发起|编写)"),
    PLACE(
            "(?i)^\\s*where (?:is|are|was|were)\\b.*\\b(?:located|based|headquartered|situated|born)\\b"
                    + "|\\bin which (?:country|city|region)\\b|\\bwhich country\\b|位于哪|在哪个国家|在哪个城市",
            "(?i:\\b(?:located|based|headquartered) in\\b)|\\bin [A-Z][a-z]+|位于|国家|城市"),
    VALUE(
            "(?i)\\b(?:what|which)\\b(?:\\s+[\\w-]+){0,4}?\\s+(?:value|values|threshold|score|percentage|accuracy|"
                    + "error rate|top-\\d error|margin|ratio|speed|fps)\\b|\\bhow (?:fast|accurate|precise)\\b"
                    + "|是多少|多少(?:分|帧|毫秒)?$|阈值|准确率|数值",
            "\\d"),
    OTHER("(?!)", "");

    private final Pattern asked;
    private final Pattern stated;

    AskedKind(String asked, String stated) {
        this.asked = Pattern.compile(asked);
        this.stated = Pattern.compile(stated);
    }

    /** A question that asks for a reason, whatever words follow ("why not take the most probable word"). */
    private static final Pattern WHY = Pattern.compile("(?i)^\\s*(?:why|how come)\\b|^\\s*(?:为什么|为何|为啥)");

    /**
     * A question that asks for a way to find something out rather than for the fact ("quick way to find out how
     * many files are in the folder", "怎么统计一个文件里有多少个单词"): a command or a method answers it, no number.
     */
    private static final Pattern METHOD = Pattern.compile(
            "(?i)\\b(?:how (?:do|can|could|should|would) (?:i|you|we|one)|how to|(?:a|the|any|quick|easy|best) way to|"
                    + "(?:which|what) command)\\b.*\\b(?:find|check|see|count|get|list|show|tell|know|measure|print|"
                    + "display|work out|look up)\\b|(?:怎么|怎样|如何)(?:统计|查看|查询|知道|看|计算|获取|列出|数)");

    /** The kind a question asks for (the first that matches), {@link #OTHER} when none or when it asks why. */
    public static AskedKind of(String question) {
        if (WHY.matcher(question).find() || METHOD.matcher(question).find()) {
            return OTHER;
        }
        for (AskedKind kind : values()) {
            if (kind.asked.matcher(question).find()) {
                return kind;
            }
        }
        return OTHER;
    }

    /** Whether {@code text} states a fact of this kind (always true for {@link #OTHER}). */
    public boolean statedIn(String text) {
        return this == OTHER || stated.matcher(text).find();
    }

    /** "how many learnable params …": the words after "how many", one of which names what is counted. */
    private static final Pattern HOW_MANY = Pattern.compile("(?i)\\bhow many\\s+([a-z][\\w-]*)(?:\\s+([a-z][\\w-]*))?");

    private static final Pattern COUNT_WORD = Pattern.compile(
            "(?i)\\d[\\d,.]*[kmb]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                    + "hundreds?|thousands?|millions?|billions?|dozens?|single|multiple|several|couple");

    /** The stems of what an English "how many …" question counts; empty when it names nothing (or is Chinese). */
    private static java.util.Set<String> countedNouns(String question) {
        var nouns = new HashSet<String>();
        var m = HOW_MANY.matcher(question);
        if (m.find()) {
            for (int g = 1; g <= 2; g++) {
                if (m.group(g) != null) {
                    nouns.addAll(Terms.of(m.group(g)));
                }
            }
        }
        return nouns;
    }

    /** "value of the margin alpha", "top-5 error": what a question asking for a measured value measures. */
    private static final Pattern VALUE_OF = Pattern.compile("(?i)\\bvalues? of (?:the |a |an )?([\\w-]+(?: [\\w-]+)?)");

    private static final Pattern MEASURED =
            Pattern.compile("(?i)\\b(?:what|which)\\s+((?:[\\w-]+\\s+){0,3}?(?:threshold|score|"
                    + "percentage|accuracy|error rate|error|margin|ratio|speed|fps))\\b");

    /** The stems of what an English question asking for a measured value measures; empty when none is named. */
    private static java.util.Set<String> measuredNouns(String question) {
        var nouns = new HashSet<String>();
        var of = VALUE_OF.matcher(question);
        var m = MEASURED.matcher(question);
        if (of.find()) {
            nouns.addAll(Terms.of(of.group(1)));
        } else if (m.find()) {
            nouns.addAll(Terms.of(m.group(1)));
        }
        return nouns;
    }

    /**
     * Whether {@code sentence} counts or measures one of {@code nouns}: a number within three words before it ("33
     * regions", "up to 10 containers per pod"), just after it ("Regions: 33") or after a linking word ("margin of 0.2"). A number that counts something else ("3
     * AZs" for "how many regions") states no count of what was asked. True when the question names nothing.
     */
    private static boolean counts(String sentence, java.util.Set<String> nouns) {
        if (nouns.isEmpty()) {
            return true;
        }
        // "+ alpha <= 0" bounds a formula; it gives alpha no value
        for (String side : COMPARISON.split(sentence)) {
            if (countsIn(side, nouns)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COMPARISON = Pattern.compile("[<>≤≥]=?");

    /**
     * A number that is a term of a formula ("^2", "2 + alpha", "(1 - x)"), no count or value of anything; a number
     * in parentheses in prose ("(10 lines by default)") is none.
     */
    private static final Pattern FORMULA_NUMBER = Pattern.compile(
            "(?<=[\\^*/+])\\s*\\d[\\d.]*|(?<=\\()\\s*\\d[\\d.]*(?=\\s*[-+*/^=])|\\d[\\d.]*\\s*(?=[*/+^])");

    private static boolean countsIn(String sentence, java.util.Set<String> nouns) {
        String plain = FORMULA_NUMBER.matcher(sentence).replaceAll(" ");
        String[] words = plain.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N},.-]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("[,.]+$", "");
            if (w.isEmpty() || nouns.stream().noneMatch(n -> alike(n, Terms.stem(w)))) {
                continue;
            }
            for (int j = Math.max(0, i - 3); j <= Math.min(words.length - 1, i + 2); j++) {
                boolean near = j < i
                        || j == i + 1
                        || (j == i + 2 && LINK.matcher(words[i + 1]).matches());
                if (j != i
                        && near
                        && COUNT_WORD.matcher(words[j].replaceAll("[,.]+$", "")).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word that links a noun to its number ("margin of 0.2", "alpha is 0.2"), unlike "region has 3 zones". */
    private static final Pattern LINK = Pattern.compile("(?i)of|is|are|to|=|equals|about|around|approximately|roughly");

    /** The same word give or take a misspelling or a shortening: "requets" and "request", "params" and "parameter". */
    private static boolean alike(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return a.equals(b) || (common >= 4 && common >= 0.6 * Math.min(a.length(), b.length()));
    }

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])(?=\\s|$)\\s*|(?<=[。！？；;])\\s*|\\n+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /**
     * Whether a sentence of {@code text} states a fact of this kind about the question: the sentence shares a
     * content word with the question (unless question and text are in different languages), and a number it states is not one the question itself contains (the
     * "50" of "How many layers has ResNet-50?" says nothing about the count).
     */
    public boolean statedIn(String text, String question) {
        if (this == OTHER) {
            return true;
        }
        var asked = Terms.of(question);
        var questionNumbers = new HashSet<String>();
        DIGITS.matcher(question).results().forEach(m -> questionNumbers.add(m.group()));
        // asked in one language about notes in the other, no sentence shares a word: any sentence may state it
        boolean acrossLanguages = (Scripts.cjkShare(question) >= 0.5) != (Scripts.cjkShare(text) >= 0.5);
        // what a count counts or a value measures, worked out once for all the sentences
        java.util.Set<String> nouns =
                this == COUNT ? countedNouns(question) : this == VALUE ? measuredNouns(question) : java.util.Set.of();
        for (String sentence : SENTENCE.split(text)) {
            var words = Terms.of(sentence);
            if (!acrossLanguages && words.stream().noneMatch(asked::contains)) {
                continue;
            }
            String own = sentence;
            for (String n : questionNumbers) {
                own = own.replaceAll("(?<!\\d)" + n + "(?!\\d)", " ");
            }
            if (stated.matcher(own).find() && counts(own, nouns)) {
                return true;
            }
        }
        return false;
    }
}
