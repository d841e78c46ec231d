package com.studybot.core.answer;

import com.studybot.core.common.Scripts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quiz prompt asked back as a student's question, for calibrating the answer decision to a corpus: "Which of
 * these is described as “runs containers without servers”?" becomes "what is runs containers without servers?",
 * "Each layer in _____ has a new variable C" becomes "Each layer in what has a new variable C?",
 * "下列哪一项符合这段描述：“…”？" becomes "…是什么？". Their wording is rough, as students' is; what matters is that they
 * describe a thing of the notes without naming it, as most questions do. Callers leave true/false statements out.
 */
public final class PseudoQuestions {
    private static final String BLANK = "_____";
    /** "（docker container run 的参数）", "(EC2) ": the context a prompt may open with. */
    private static final Pattern CONTEXT = Pattern.compile("^\\s*(?:（[^）]{1,40}）|\\([^)]{1,40}\\))\\s*");

    private static final Pattern DESCRIBED =
            Pattern.compile("^(?:下列哪一项符合这段描述：“(.+)”？|Which of these (?:is|are) described as “(.+)”\\?)$");
    private static final Pattern LABELLED = Pattern.compile("^下列哪一项的(.+)是“(.+)”？$");
    private static final Pattern MEANING = Pattern.compile("^下列哪一项是对“(.+)”的描述？$");
    /** A table's cell under its column: "Which of these is listed under “Bandwidth” as “scale up to 100 Gbps”?". */
    private static final Pattern LISTED = Pattern.compile("^Which of these is listed under “(.+)” as “(.+)”\\?$");

    private static final Pattern WHICH = Pattern.compile("^Which of these (.+)\\?$");
    private static final Pattern NAME_IT =
            Pattern.compile("^(?:写出对应的名称：|(?:Name it|Which keys|Which command|Which option):\\s*)(.+)$");

    private PseudoQuestions() {}

    /** The question a prompt asks, in a student's words; empty for a prompt of no form it knows. */
    public static Optional<String> of(String prompt) {
        String p = CONTEXT.matcher(prompt.strip()).replaceFirst("").strip();
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = DESCRIBED.matcher(p)).matches()) {
            String d = plain(m.group(1) != null ? m.group(1) : m.group(2));
            return Optional.of(Scripts.containsCjk(d) ? d + "是什么？" : "what is " + lowerFirst(d) + "?");
        }
        if ((m = LABELLED.matcher(p)).matches()) {
            return Optional.of("哪一项的" + m.group(1) + "是“" + m.group(2) + "”？");
        }
        if ((m = LISTED.matcher(p)).matches()) {
            return Optional.of(
                    "which has “" + m.group(2) + "” as its " + m.group(1).toLowerCase(java.util.Locale.ROOT) + "?");
        }
        if ((m = MEANING.matcher(p)).matches()) {
            return Optional.of(m.group(1) + "是什么？");
        }
        if ((m = NAME_IT.matcher(p)).matches()) {
            String d = plain(m.group(1));
            return Optional.of(Scripts.containsCjk(d) ? d + "，这是什么？" : "what is " + lowerFirst(d) + "?");
        }
        if ((m = WHICH.matcher(p)).matches()) {
            return Optional.of("which " + m.group(1) + "?");
        }
        int blank = p.indexOf(BLANK);
        if (blank >= 0 && blank == p.lastIndexOf(BLANK)) {
            boolean chinese = Scripts.containsCjk(p);
            String asked = plain(p.replace(BLANK, chinese ? "什么" : "what")).replaceFirst("^什么[：:]\\s*", "");
            if (p.startsWith(BLANK + "：") || p.startsWith(BLANK + ":")) {
                asked = chinese ? asked + "，这是什么" : "what " + lowerFirst(asked.replaceFirst("^what[:：]\\s*", ""));
            }
            return Optional.of(asked + (chinese ? "？" : "?"));
        }
        if (p.endsWith("?") || p.endsWith("？")) {
            return Optional.of(p); // "What does RNN stand for?", a card's front
        }
        return Optional.empty();
    }

    private static String plain(String text) {
        return text.strip().replaceAll("[。.；;，,:：!！?？]+$", "");
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))) {
            return s; // "EC2 …", "IAM …"
        }
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
