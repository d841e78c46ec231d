package com.studybot.adapter.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** Renders CommonMark blocks as readable plain text: links keep their words, images vanish, code stays. */
final class BlockText {
    private static final char SOFT_BREAK = '\u2029';
    /** Words that cannot end a line of their own: a line ending in one is a sentence wrapped mid-way. */
    private static final Set<String> JOINING_WORDS = Set.of(
            "the", "a", "an", "of", "to", "and", "or", "nor", "but", "with", "by", "on", "in", "for", "as", "at",
            "from", "into", "onto", "upon", "about", "over", "under", "between", "through", "via", "per", "without",
            "within", "your", "its", "our", "their", "his", "her", "my", "such", "like", "than", "then", "that",
            "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "so", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "can", "could", "will", "would", "should", "must",
            "may", "might", "not", "no", "also", "each", "every", "all", "any", "some", "more", "most", "this", "these",
            "those", "it", "they", "we", "you", "he", "she");

    private BlockText() {}

    static String block(Node node) {
        if (node instanceof Paragraph) {
            return inline(node).strip();
        }
        if (node instanceof FencedCodeBlock f) {
            return f.getLiteral().stripTrailing();
        }
        if (node instanceof IndentedCodeBlock c) {
            return c.getLiteral().stripTrailing();
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node, "");
        }
        if (node instanceof BlockQuote) {
            return children(node, "\n");
        }
        if (node instanceof TableBlock) {
            return table(node);
        }
        if (node instanceof HtmlBlock || node instanceof ThematicBreak) {
            return "";
        }
        return children(node, "\n");
    }

    private static String children(Node node, String joiner) {
        var sb = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            String t = block(c);
            if (!t.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(joiner);
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static String list(Node list, String indent) {
        var sb = new StringBuilder();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            var text = new StringBuilder();
            var nested = new StringBuilder();
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof BulletList || c instanceof OrderedList) {
                    nested.append("\n").append(list(c, indent + "  "));
                } else {
                    String t = block(c);
                    if (!t.isBlank()) {
                        text.append(text.length() > 0 ? " " : "").append(t.replace("\n", " "));
                    }
                }
            }
            if (text.length() > 0 || nested.length() > 0) {
                sb.append(sb.length() > 0 ? "\n" : "")
                        .append(indent)
                        .append("- ")
                        .append(text)
                        .append(nested);
            }
        }
        return sb.toString();
    }

    private static String table(Node table) {
        var rows = new StringBuilder();
        visitRows(table, rows);
        return rows.toString().strip();
    }

    private static void visitRows(Node node, StringBuilder rows) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableRow) {
                var cells = new StringBuilder();
                for (Node cell = c.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.append(cells.length() > 0 ? " | " : "")
                                .append(inline(cell).strip());
                    }
                }
                rows.append(cells).append("\n");
            } else {
                visitRows(c, rows);
            }
        }
    }

    /**
     * The words of inline content; images and raw HTML disappear. A soft line break stays a line break
     * (Obsidian shows it) unless it merely wraps a sentence: the line before does not end a sentence and the
     * next one goes on in lower case or follows a word like "the" or "of".
     */
    static String inline(Node node) {
        var sb = new StringBuilder();
        appendInline(node, sb);
        String text = sb.toString().replaceAll("[ \\t]+", " ");
        var out = new StringBuilder();
        int from = 0;
        for (int i = text.indexOf(SOFT_BREAK); i >= 0; i = text.indexOf(SOFT_BREAK, from)) {
            out.append(text, from, i);
            from = i + 1;
            out.append(wraps(out, text.substring(from)) ? " " : "\n");
        }
        out.append(text.substring(from));
        return out.toString().replaceAll(" ?\\n ?", "\n").replaceAll(" {2,}", " ");
    }

    private static boolean wraps(CharSequence before, String after) {
        String prev = before.toString().stripTrailing();
        String next = after.stripLeading();
        if (prev.isEmpty() || next.isEmpty() || ".!?:;。！？：；".indexOf(prev.charAt(prev.length() - 1)) >= 0) {
            return false;
        }
        String lastWord = prev.substring(prev.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return Character.isLowerCase(next.codePointAt(0))
                || Character.isDigit(next.codePointAt(0))
                || next.charAt(0) == '('
                || JOINING_WORDS.contains(lastWord);
    }

    /**
     * Adds the text of every bold span under {@code node} (code blocks excluded) to {@code terms}, once each; and
     * the code that opens a list item before a colon, as a reference list names its entries ("- `-i`：该参数用于…",
     * "- `ninja -t clean`: …").
     */
    static void strongTerms(Node node, List<String> terms) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Code code && listEntryName(code)) {
                String t = code.getLiteral().strip();
                if (!t.isEmpty() && !terms.contains(t)) {
                    terms.add(t);
                }
            } else if (c instanceof StrongEmphasis) {
                String t = inline(c).replace('\n', ' ').strip().replaceAll("[\\s:]+$", "");
                if (!t.isEmpty() && !terms.contains(t)) {
                    terms.add(t);
                }
            } else if (!(c instanceof FencedCodeBlock) && !(c instanceof IndentedCodeBlock)) {
                strongTerms(c, terms);
            }
        }
    }

    /** Code that opens a list item's first paragraph and is followed by a colon: the name of a reference entry. */
    private static boolean listEntryName(Code code) {
        return code.getPrevious() == null
                && code.getParent() instanceof Paragraph p
                && p.getPrevious() == null
                && p.getParent() instanceof ListItem
                && code.getNext() instanceof Text t
                && t.getLiteral().matches("^\\s*[:：].*")
                && code.getLiteral().strip().length() <= 40;
    }

    private static void appendInline(Node node, StringBuilder sb) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak) {
                sb.append(SOFT_BREAK);
            } else if (c instanceof HardLineBreak) {
                sb.append('\n');
            } else if (!(c instanceof Image) && !(c instanceof HtmlInline)) {
                appendInline(c, sb);
            }
        }
    }
}
