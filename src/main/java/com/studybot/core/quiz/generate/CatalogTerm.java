package com.studybot.core.quiz.generate;

import java.util.List;
import java.util.Objects;

/**
 * A name the notes use for a thing, as a candidate distractor: where it stands, what kind of thing its
 * definition says it is ("" if it has none) and its family (vendor or first word, "" if none).
 */
record CatalogTerm(String name, String kind, String family, String file, List<String> headingPath, String predicate) {
    CatalogTerm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(file, "file");
        headingPath = List.copyOf(headingPath);
        Objects.requireNonNull(predicate, "predicate");
    }

    /** The same term, taken as a thing of {@code kind} (what a card's question asks for). */
    CatalogTerm asKind(String kind) {
        return new CatalogTerm(name, kind, family, file, headingPath, predicate);
    }

    String folder() {
        int slash = file.indexOf('/');
        return slash > 0 ? file.substring(0, slash) : "";
    }

    List<String> parent() {
        return headingPath.isEmpty() ? headingPath : headingPath.subList(0, headingPath.size() - 1);
    }
}
