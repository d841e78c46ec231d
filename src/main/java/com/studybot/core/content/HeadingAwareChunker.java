package com.studybot.core.content;

import com.studybot.core.common.Hashes;
import java.util.ArrayList;
import java.util.List;

/**
 * Chunks each section on its own (a chunk never spans two headings), packing whole paragraphs up to about
 * {@code targetWords}; a paragraph longer than {@code maxWords} is split between sentences.
 */
public final class HeadingAwareChunker implements Chunker {
    private final int targetWords;
    private final int maxWords;

    public HeadingAwareChunker(int targetWords, int maxWords) {
        if (targetWords < 1) {
            throw new IllegalArgumentException("targetWords must be >= 1, was " + targetWords);
        }
        if (maxWords < targetWords) {
            throw new IllegalArgumentException("maxWords must be >= targetWords, was " + maxWords);
        }
        this.targetWords = targetWords;
        this.maxWords = maxWords;
    }

    @Override
    public List<Chunk> chunk(Note note) {
        var chunks = new ArrayList<Chunk>();
        for (Section section : note.sections()) {
            for (String text : pack(pieces(section.text()))) {
                String id = note.path() + "#" + chunks.size();
                String hash = Hashes.sha256(section.headingLabel() + "\n" + text);
                chunks.add(new Chunk(id, note.path(), section.headingPath(), text, hash));
            }
        }
        return List.copyOf(chunks);
    }

    /** Paragraphs, with over-long ones broken into sentence runs. */
    private List<String> pieces(String text) {
        var pieces = new ArrayList<String>();
        for (String paragraph : text.split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (TextSize.words(p) <= maxWords) {
                pieces.add(p);
            } else {
                pieces.addAll(pack(splitLong(p), " "));
            }
        }
        return pieces;
    }

    private List<String> splitLong(String paragraph) {
        var parts = new ArrayList<String>();
        for (String sentence : Sentences.split(paragraph)) {
            if (TextSize.words(sentence) <= maxWords) {
                parts.add(sentence);
            } else {
                parts.addAll(splitWords(sentence));
            }
        }
        return parts;
    }

    private List<String> splitWords(String sentence) {
        var parts = new ArrayList<String>();
        var current = new StringBuilder();
        for (String token : sentence.split("(?<=\\s)|(?<=\\p{IsHan})")) {
            if (TextSize.words(current + token) > targetWords && current.length() > 0) {
                parts.add(current.toString().strip());
                current.setLength(0);
            }
            current.append(token);
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }

    private List<String> pack(List<String> pieces) {
        return pack(pieces, "\n\n");
    }

    private List<String> pack(List<String> pieces, String joiner) {
        var packed = new ArrayList<String>();
        var current = new StringBuilder();
        double size = 0;
        for (String piece : pieces) {
            double words = TextSize.words(piece);
            if (size > 0 && (size + words > maxWords || size >= targetWords)) {
                packed.add(current.toString());
                current.setLength(0);
                size = 0;
            }
            if (size > 0) {
                current.append(joiner);
            }
            current.append(piece);
            size += words;
        }
        if (size > 0) {
            packed.add(current.toString());
        }
        return packed;
    }
}
