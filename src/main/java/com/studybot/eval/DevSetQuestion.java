package com.studybot.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.studybot.core.answer.Citation;
import com.studybot.core.content.Chunk;
import com.studybot.core.content.HeadingPaths;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One dev-set line. {@code file} and {@code heading} are null for questions the notes don't answer. A
 * passage is a hit when it comes from {@code file} and its heading path equals {@code heading} or lies
 * below it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DevSetQuestion(
        String id,
        String corpus,
        String question,
        String file,
        String heading,
        String kind,
        String lang,
        List<Place> also) {
    /** Another place that answers the question equally well. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String file, String heading) {}

    public DevSetQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        also = also == null ? List.of() : List.copyOf(also);
        lang = lang == null ? "en" : lang;
    }

    /** Asked in another language than the notes are written in (only the Chinese vault is in Chinese). */
    public boolean crossLanguage() {
        return !lang.equals(corpus.equals("zh") ? "zh" : "en");
    }

    public boolean answerable() {
        return file != null;
    }

    public boolean hit(Chunk chunk) {
        return hit(chunk.file(), chunk.headingPath());
    }

    /** As {@link #hit(Chunk)}, for the place an answer cites. */
    public boolean hit(Citation citation) {
        return hit(citation.file(), path(citation.heading()));
    }

    private boolean hit(String haveFile, List<String> haveHeadings) {
        return answerable()
                && (matches(haveFile, haveHeadings, file, heading)
                        || also.stream().anyMatch(p -> matches(haveFile, haveHeadings, p.file(), p.heading())));
    }

    private static boolean matches(String haveFile, List<String> haveHeadings, String file, String heading) {
        if (!haveFile.equals(file)) {
            return false;
        }
        List<String> want = path(heading);
        List<String> have = haveHeadings.stream().map(String::strip).toList();
        return have.size() >= want.size() && have.subList(0, want.size()).equals(want);
    }

    private static List<String> path(String heading) {
        return heading == null || heading.isBlank()
                ? List.of()
                : Arrays.stream(heading.split(HeadingPaths.SEPARATOR))
                        .map(String::strip)
                        .toList();
    }
}
