package com.studybot.adapter.content;

import com.studybot.core.content.Note;
import com.studybot.core.content.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Parses (Obsidian) Markdown into a note whose sections follow the heading tree. */
final class MarkdownNoteParser {
    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    Note parse(String path, String markdown) {
        var front = Frontmatter.split(markdown, path);
        Node doc = parser.parse(ObsidianSyntax.rewrite(front.body()));
        var sections = new ArrayList<Section>();
        var headings = new ArrayList<String>();
        var levels = new ArrayList<Integer>();
        var text = new StringBuilder();
        var keyTerms = new ArrayList<String>();
        Optional<String> firstH1 = Optional.empty();
        for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading h) {
                flush(headings, text, keyTerms, sections);
                String title = headingText(h);
                while (!levels.isEmpty() && levels.get(levels.size() - 1) >= h.getLevel()) {
                    levels.remove(levels.size() - 1);
                    headings.remove(headings.size() - 1);
                }
                if (!title.isEmpty()) {
                    levels.add(h.getLevel());
                    headings.add(title);
                }
                if (h.getLevel() == 1 && firstH1.isEmpty() && !title.isEmpty()) {
                    firstH1 = Optional.of(title);
                }
            } else {
                String t = BlockText.block(block);
                if (!t.isBlank()) {
                    text.append(text.length() > 0 ? "\n\n" : "").append(t);
                    BlockText.strongTerms(block, keyTerms);
                }
            }
        }
        flush(headings, text, keyTerms, sections);
        String title = front.title().orElse(firstH1.orElse(fileTitle(path)));
        return new Note(path, title, front.tags(), front.aliases(), sections);
    }

    private static String headingText(Heading h) {
        return BlockText.inline(h)
                .replace('\n', ' ')
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s#]+$", "")
                .strip();
    }

    private static void flush(
            List<String> headings, StringBuilder text, List<String> keyTerms, List<Section> sections) {
        if (!text.toString().isBlank()) {
            sections.add(new Section(List.copyOf(headings), text.toString(), keyTerms));
        }
        text.setLength(0);
        keyTerms.clear();
    }

    static String fileTitle(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
