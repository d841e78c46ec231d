package com.studybot.core.quiz.generate;

import com.studybot.core.quiz.AnswerGrader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ways a term is written: "Amazon Elastic Container Service (ECS)" is also "Amazon Elastic Container
 * Service", "ECS" and "Elastic Container Service"; "AWS Fargate" is also "Fargate". Used to keep the answer
 * out of its own prompt, to tell a distractor that is the answer in disguise, and to find a card's term.
 */
final class TermForms {
    static final Set<String> VENDORS = AnswerGrader.VENDORS;

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*[(（]([^)）]*)[)）]");

    private TermForms() {}

    static Set<String> of(String term) {
        var forms = new LinkedHashSet<String>();
        String t = term.strip();
        forms.add(t);
        var m = PARENTHESIS.matcher(t);
        if (m.find()) {
            String inner = m.group(1).strip();
            if (!inner.isEmpty()) {
                forms.add(inner);
            }
            t = PARENTHESIS.matcher(t).replaceAll("").strip();
            forms.add(t);
        }
        if (t.matches("-.*/ *--.*|[a-z][\\w-]*(?:, [a-z][\\w-]*)+")) {
            for (String part : t.split("\\s*(?:/|,)\\s*")) {
                forms.add(part.strip()); // "-f / --force", "head, tail": each written alone too
            }
        }
        String[] words = t.split("\\s+");
        if (words.length > 1 && VENDORS.contains(words[0].toLowerCase(Locale.ROOT))) {
            forms.add(t.substring(words[0].length()).strip());
        }
        for (String f : List.copyOf(forms)) {
            if (f.matches("\\p{Lu}{2,6}")) {
                forms.add(f + "s"); // an acronym's plural: "VMs" (a file named vms-vs-containers.md) for VM
            }
        }
        forms.removeIf(String::isBlank);
        return forms;
    }

    /** "Amazon Elastic Container Service (ECS)" as "Amazon ECS": a vendor's product by its acronym; others as they are. */
    static String shortName(String term) {
        var m = Pattern.compile("^(\\S+)\\s.*\\((\\p{Lu}[\\p{Lu}\\d-]+)\\)$").matcher(term.strip());
        return m.matches() && VENDORS.contains(m.group(1).toLowerCase(Locale.ROOT))
                ? m.group(1) + " " + m.group(2)
                : term;
    }

    /**
     * The family a product name belongs to: its vendor ("aws" for AWS and Amazon names) or, for other
     * names of two or more words, their first word ("docker" for Docker Hub and Docker Compose); "" if none.
     */
    static String family(String term) {
        String[] words = term.strip().split("\\s+");
        if (words.length < 2 || !Words.capitalised(words[0])) {
            return "";
        }
        String first = Words.norm(words[0]);
        return first.equals("amazon") ? "aws" : first;
    }

    /** Whether two names share a written form ("Amazon ECS" and "Amazon Elastic Container Service (ECS)"). */
    static boolean overlap(String a, String b) {
        Set<String> fa = normalised(a);
        for (String f : normalised(b)) {
            if (fa.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names that differ only in word endings ("Elastic Load Balancing" and "Elastic Load Balancer (ELB)"): near
     * synonyms, never both among one question's options.
     */
    static boolean nearlySame(String a, String b) {
        for (String x : of(a)) {
            for (String y : of(b)) {
                String rx = roots(x);
                if (!rx.isEmpty() && rx.equals(roots(y))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String roots(String name) {
        var out = new StringBuilder();
        for (String w : Words.norm(name).split(" ")) {
            if (!w.isEmpty() && !VENDORS.contains(w)) {
                out.append(w.replaceFirst("(?:ings?|ers?|ations?|ments?|ed|es|s)$", ""))
                        .append(' ');
            }
        }
        return out.toString().strip();
    }

    static Set<String> normalised(String term) {
        var out = new LinkedHashSet<String>();
        for (String f : of(term)) {
            String n = Words.norm(f);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        String[] words = Words.norm(term).split(" ");
        if (words.length == 2 && VENDORS.contains(words[0])) {
            out.add(words[1]);
        }
        return out;
    }
}
