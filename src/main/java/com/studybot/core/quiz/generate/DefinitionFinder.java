package com.studybot.core.quiz.generate;

import com.studybot.core.common.Terms;
import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds definitions in a note: a clause that starts with a key term (bold or highlighted) or the section's
 * heading and goes on "is a …", "are the …", "is AWS's …" or, on a list line, "Term: a …"; and a section
 * under a name-like heading whose first list item is a bare noun phrase ("- A monitoring service for …").
 */
final class DefinitionFinder {
    private static final Pattern COPULA = Pattern.compile(
            "^(?:\\s*\\([^)]*\\))?(?:,[^,]{1,60},)?\\s+(is|are)\\s+((?:an?|the)\\s+.+|[\\p{L}\\p{N}.-]+['’]s\\s+.+)$");
    private static final Pattern COLON = Pattern.compile("^\\s*(?:(?::|\\s[—–-])\\s+|：\\s*)(\\S.+)$");
    /** "X 是一种 …", "X 是指 …": a Chinese definition after its term. */
    private static final Pattern CHINESE_COPULA =
            Pattern.compile("^\\s*(?:是指|指的是|是)\\s*((?:一种|一个|一款|一套|一类|一门|一项)\\S.+)$");
    /**
     * A Chinese glossary line: "- 仓库（Repository）：指的是…", a short Chinese term glossed in Latin letters in
     * parentheses, then a colon; the author defines a term of the notes whether or not it is also bold.
     */
    private static final Pattern GLOSSARY_LINE = Pattern.compile(
            "(?m)^\\s*[-*]\\s+\\**(\\p{IsHan}[\\p{IsHan}\\p{N}]{0,11}[（(][A-Za-z][A-Za-z0-9 .&/-]{0,40}[）)])\\**\\s*[：:]");
    /**
     * A description too short to tell its thing from any other of the kind: "a small number" (Alpha), "a person's
     * name" (Sally Johnson, an example's).
     */
    private static boolean vague(String description) {
        return Words.length(description) <= 3
                && VAGUE_HEAD.matcher(description.strip()).find();
    }

    private static final Pattern VAGUE_HEAD =
            Pattern.compile("(?i)\\b(?:number|name|value|word|thing|example|one|part|letter|symbol)s?$");

    /** What a glossary line's definition starts with before it says anything: "指的是…", "这是…", "该术语主要用于描述…". */
    private static final Pattern GLOSSARY_LEAD =
            Pattern.compile("^(?:指的是|是指|这是|该(?:术语|状态|概念|参数|选项|指令|命令)(?:主要)?(?:指的是|是指|表示|用于描述|用来描述|用于))\\s*");
    /**
     * A description that tells a story before it says what the thing is ("Controller：在通常情况下，我们虽然也可以…",
     * "we usually …"): it leads into the entry rather than defining it, and fits the entry's neighbours as well.
     */
    private static final Pattern NARRATIVE = Pattern.compile(
            "^(?:在通常情况下|通常情况下|一般情况下|一般来说|在大多数情况下|我们|笔者)|^(?i:we (?:usually|often|normally|can|could))\\b");

    /** Whether {@code description} tells a story before it says what its thing is (see {@link #NARRATIVE}). */
    static boolean narrative(String description) {
        return NARRATIVE.matcher(description.strip()).find();
    }

    /**
     * The kind of every Chinese definition: head nouns are hard to tell without a segmenter, so Chinese terms are
     * siblings by where they stand (one section, one note) rather than by kind.
     */
    static final String CHINESE_KIND = "zh";

    private static final Pattern FRAGMENT = Pattern.compile("^(?:an?|the)\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|an?)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DETERMINER =
            Pattern.compile("^(?:(?:the|an?|its|their)\\s+|[\\p{L}\\p{N}.-]+['’]s\\s+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUNDARY = Pattern.compile(
            "[,:;()—–]|\\s(?:for|that|which|who|whose|of|with|in|on|to|from|where|when|used|built|designed|made|"
                    + "than|by|across|between|behind|without|inside|within|like|such|so|because|it|and|or|"
                    + "running|holding|is|are|you|where)\\s");
    private static final Set<String> GENERIC_HEADINGS = Set.of(
            "overview",
            "summary",
            "introduction",
            "examples",
            "example",
            "notes",
            "key features",
            "features",
            "advantages",
            "disadvantages",
            "use cases",
            "pricing",
            "benefits",
            "references",
            "resources");

    private DefinitionFinder() {}

    static List<Definition> find(Note note) {
        var out = new ArrayList<Definition>();
        for (Section section : note.sections()) {
            List<Clause> clauses = Clause.of(section.text());
            for (int i = 0; i < clauses.size(); i++) {
                Clause c = clauses.get(i);
                if (c.prose()) {
                    definition(c, i == 0, note, section).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static Optional<Definition> definition(Clause c, boolean first, Note note, Section section) {
        String text = c.text();
        for (String subject : subjects(section)) {
            Optional<String> rest = after(text, subject);
            if (rest.isEmpty()) {
                continue;
            }
            Matcher m = COPULA.matcher(rest.get());
            if (m.matches()) {
                return make(subject, m.group(1), m.group(2), c, note, section);
            }
            Matcher zh = CHINESE_COPULA.matcher(rest.get());
            if (zh.matches()) {
                return make(subject, "是", zh.group(1), c, note, section);
            }
            Matcher colon = COLON.matcher(rest.get());
            // a list line, or a line that opens with its term and a dash ("Docker Swarm – An orchestration tool …")
            boolean dashed = rest.get().matches("^\\s+[–—]\\s+.*");
            if (colon.matches() && c.startsLine() && (text.matches("^[-*]\\s.*") || dashed)) {
                if (NamedThings.listOfNames(colon.group(1))) {
                    continue; // "Local Zones: Boston, Chicago, Dallas" lists examples, it says nothing about them
                }
                // "Docker Compose – is a tool and …": the verb the dash stands for is written too
                String described = colon.group(1).replaceFirst("^(?:is|are)\\s+(?=(?:an?|the)\\s)", "");
                return make(subject, plural(subject) ? "are" : "is", described, c, note, section);
            }
        }
        Optional<String> heading = nameHeading(section);
        String item = text.replaceFirst("^[-*]\\s+", "");
        boolean listItem = !item.equals(text);
        if (first
                && listItem
                && heading.filter(DefinitionFinder::aName).isPresent()
                && FRAGMENT.matcher(item).matches()
                && !item.matches("(?i)^the\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b.*")
                && !hasVerb(item)) {
            return make(heading.get(), "is", item, c, note, section);
        }
        return Optional.empty();
    }

    private static Optional<Definition> make(
            String written, String verb, String predicate, Clause c, Note note, Section section) {
        String keyed = keyNames(written);
        Optional<CodeLabels.Label> label = CodeLabels.of(keyed);
        String term = label.map(CodeLabels.Label::name).orElse(keyed);
        String stripped =
                GLOSSARY_LEAD.matcher(predicate.strip()).replaceFirst("").replaceAll("[.!。！]+$", "");
        // ‘print working directory’ spells out pwd: a command's gloss is no question about it
        String p = codeKind(term).isPresent() ? stripped.replaceFirst("^[‘'\"“][^’'\"”]*[’'\"”]\\s*", "") : stripped;
        boolean glossary = p.matches("(?i)^(?:an?|the)\\s.*"); // "commit: a Git object …" names a thing
        String kind = codeKind(term)
                .filter(k -> !glossary)
                .filter(k -> !k.equals("command") || !Words.chinese(p)) // a lower-case name in Chinese notes
                .or(() -> label.map(CodeLabels.Label::kind))
                .or(() -> Words.chinese(p) ? chineseKind(predicate.strip()) : Optional.empty())
                .orElseGet(() -> Words.chinese(p) ? CHINESE_KIND : kind(p, term));
        if (kind.isEmpty() || Words.length(p) < 3 || NARRATIVE.matcher(p).find() || vague(p)) {
            return Optional.empty();
        }
        if (label.isPresent() && term.matches("\\p{IsLatin}+") && Words.chinese(p)) {
            // an instruction named by an English word and described in Chinese says the word again in Chinese
            // ("VOLUME 指令：该指令用于定义匿名数据卷", "USER …：指定…的用户"): no translation check sees it, so no question
            return Optional.empty();
        }
        return Optional.of(new Definition(term, verb, p, kind, c.text(), c.sentence(), note, section));
    }

    /**
     * What a Chinese description says its thing is: "该插件可…" (a plugin), "该选项用于…", "自定义补全目录，用于…" (a
     * folder, not one of the plugins of another note). Things of one kind are siblings across notes; without a kind,
     * only within their note.
     */
    private static final Pattern CHINESE_KIND_WORD =
            Pattern.compile("^(?:该|这个|这是一个|是一个)?(插件|扩展|选项|参数|指令|命令|目录|文件|模块|函数|工具|服务|协议|字段|属性)"
                    + "|^[^，。；,;]{0,12}?(目录|文件夹|文件)(?=[，。；,;]|$)");

    static Optional<String> chineseKind(String description) {
        Matcher m = CHINESE_KIND_WORD.matcher(description);
        if (!m.find()) {
            return Optional.empty();
        }
        String k = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(k.equals("扩展") ? "插件" : k);
    }

    /** The key terms of the section, longest first, then its heading if it reads like a name. */
    private static List<String> subjects(Section section) {
        var subjects = new ArrayList<>(section.keyTerms());
        Matcher glossary = GLOSSARY_LINE.matcher(section.text());
        while (glossary.find()) {
            if (!subjects.contains(glossary.group(1))) {
                subjects.add(glossary.group(1));
            }
        }
        subjects.sort(Comparator.comparingInt(String::length).reversed());
        nameHeading(section).filter(h -> !subjects.contains(h)).ifPresent(subjects::add);
        return subjects;
    }

    /** What follows {@code subject} when the clause starts with it (after an optional article). */
    private static Optional<String> after(String clause, String subject) {
        String body = clause.strip().replaceFirst("^[-*]\\s+", "");
        if (!startsWithIgnoreCase(body, subject)) {
            body = LEADING_ARTICLE.matcher(body).replaceFirst("");
        }
        if (!startsWithIgnoreCase(body, subject)) {
            return Optional.empty();
        }
        String rest = body.substring(subject.length());
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        boolean chineseVerb = rest.startsWith("是") || rest.startsWith("指"); // Chinese writes no space: "Wine是一个…"
        return Character.isLetterOrDigit(rest.codePointAt(0)) && !chineseVerb ? Optional.empty() : Optional.of(rest);
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** The last heading when it names a thing ("Amazon CloudWatch", "Pods"), not a topic ("Why … is needed"). */
    static Optional<String> nameHeading(Section section) {
        if (section.headingPath().isEmpty()) {
            return Optional.empty();
        }
        String h = section.headingPath().get(section.headingPath().size() - 1).strip();
        String lower = h.toLowerCase(Locale.ROOT);
        boolean nameLike = Words.count(h) <= 5
                && Words.capitalised(h)
                && !h.matches(".*[?:!].*")
                && !GENERIC_HEADINGS.contains(lower)
                && !lower.matches("(?:why|how|what|when|where|which|who)\\b.*")
                && !lower.matches(".*\\b(?:is|are|vs|versus|and)\\b.*");
        return nameLike ? Optional.of(h) : Optional.empty();
    }

    /**
     * What a cheat sheet's term is: an option ("-f / --force"), a shortcut ("Ctrl + C") or a command ("pwd",
     * "git add [file]"); the kind its description cannot tell ("Abort running program" has no head noun).
     */
    static boolean code(Definition d) {
        return codeKind(d.term()).filter(d.kind()::equals).isPresent();
    }

    static Optional<String> codeKind(String term) {
        String t = term.strip();
        if (t.matches("--?[A-Za-z0-9].*")) {
            return Optional.of("option");
        }
        if (t.matches("(?:Ctrl|Alt|Shift|Cmd|Crtl) \\+ .*|TAB|ESC|ENTER")) {
            return Optional.of("shortcut");
        }
        if (t.matches("[a-z][a-z0-9_-]{0,15}(?:, [a-z][a-z0-9_-]*)?|git [a-z].*")) {
            return Optional.of("command");
        }
        return Optional.empty();
    }

    private static final List<String> KEYS =
            List.of("Ctrl", "Alt", "Shift", "Cmd", "Esc", "Tab", "Enter", "Del", "Fn", "Space", "Option");

    /**
     * A shortcut with its key names as the keyboard writes them: a key name with two letters swapped ("Crtl + R" in
     * the Linux cheat sheet, which writes "Press Ctrl + R" on the next line) is the key, or the answer key is wrong.
     */
    static String keyNames(String term) {
        if (!term.contains(" + ")) {
            return term;
        }
        var parts = new ArrayList<String>();
        for (String part : term.split(" \\+ ", -1)) {
            String fixed = part;
            for (String key : KEYS) {
                if (!part.equalsIgnoreCase(key) && swapped(part, key)) {
                    fixed = key;
                }
            }
            parts.add(fixed);
        }
        return String.join(" + ", parts);
    }

    /** Whether {@code a} is {@code b} with two neighbouring letters swapped (case aside). */
    private static boolean swapped(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.length() != y.length() || x.length() < 3) {
            return false;
        }
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return i + 1 < x.length()
                && x.charAt(i) == y.charAt(i + 1)
                && x.charAt(i + 1) == y.charAt(i)
                && x.substring(i + 2).equals(y.substring(i + 2));
    }

    /** "Managed Databases", "Roles" (but not "AWS", "Kubernetes" or "Access"): a label naming several things. */
    static boolean plural(String term) {
        String last = term.strip().replaceAll(".*\\s", "");
        return last.length() >= 4
                && last.matches("\\p{Ll}*\\p{L}*[^sSuiI]s")
                && !last.matches("\\p{Lu}+s?")
                && !last.matches("(?i).*(?:ss|us|is|ics|ness|netes)");
    }

    /** A heading that names a thing ("Amazon CloudWatch", "Pods"), not an activity ("Improving your model"). */
    private static boolean aName(String heading) {
        String first = heading.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return !first.endsWith("ing")
                && !heading.toLowerCase(Locale.ROOT).matches(".*\\b(?:your|my|our|their|the)\\b.*");
    }

    private static boolean hasVerb(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].matches("is|are|was|were|has|have|can|will|does|do")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind a name says of itself when its description has no head noun ("Application Load Balancer (ALB): For
     * HTTP and HTTPS traffic, …" is a balancer): the last word of a name of two or more capitalised words.
     */
    static String nameKind(String term) {
        String name = term.replaceAll("\\s*[(（][^)）]*[)）]\\s*$", "").strip();
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        boolean capitalisedName =
                words.length >= 2 && java.util.Arrays.stream(words).allMatch(w -> w.matches("\\p{Lu}[\\p{L}\\d-]*"));
        return capitalisedName && last.matches("\\p{L}{4,}") ? Terms.stem(Words.norm(last)) : "";
    }

    /**
     * The kind of the thing {@code term} that {@code predicate} defines: the predicate's head noun when it names one
     * ("a serverless compute engine …"); else, as when it says what the thing does ("Handles high-performance traffic
     * at Layer 4", whose "traffic" is no kind), the kind its name says ({@link #nameKind}).
     */
    static String kind(String predicate, String term) {
        String named = nameKind(term);
        if (!named.isEmpty() && !DETERMINER.matcher(predicate.strip()).lookingAt()) {
            return named;
        }
        String head = kind(predicate);
        return head.isEmpty() ? named : head;
    }

    /** The head noun of a predicate: "a serverless compute engine for containers" → "engine". */
    static String kind(String predicate) {
        String p = DETERMINER.matcher(predicate.strip()).replaceFirst("");
        p = DETERMINER.matcher(p).replaceFirst(""); // "the AWS's" or "an open-source" stay one step
        Matcher b = BOUNDARY.matcher(" " + p + " ");
        String head = b.find() ? (" " + p).substring(0, Math.max(0, b.start())) : p;
        String[] words = head.strip().split("\\s+");
        String last = Words.norm(words[words.length - 1]);
        return last.isEmpty() || last.contains(" ") ? "" : Terms.stem(last);
    }
}
