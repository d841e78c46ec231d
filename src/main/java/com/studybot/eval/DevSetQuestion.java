package com.studybot.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
        String id, String corpus, String question, String file, String heading, String kind, List<Place> also) {
    /** Another place that answers the question equally well. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String file, String heading) {}

    public DevSetQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        also = also == null ? List.of() : List.copyOf(also);
    }

    public boolean answerable() {
        return file != null;
    }

    public boolean hit(Chunk chunk) {
        return answerable()
                && (matches(chunk, file, heading)
                        || also.stream().anyMatch(p -> matches(chunk, p.file(), p.heading())));
    }

    private static boolean matches(Chunk chunk, String file, String heading) {
        if (!chunk.file().equals(file)) {
            return false;
        }
        List<String> want = heading == null || heading.isBlank()
                ? List.of()
                : Arrays.stream(heading.split(HeadingPaths.SEPARATOR))
                        .map(String::strip)
                        .toList();
        List<String> have = chunk.headingPath().stream().map(String::strip).toList();
        return have.size() >= want.size() && have.subList(0, want.size()).equals(want);
    }
}
