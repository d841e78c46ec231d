package com.studybot.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where each dev-set corpus lives: shared test data beside the project, or the project's content/. */
public final class Corpora {
    private Corpora() {}

    public static Map<String, Path> roots(Path shared, Path content) {
        var m = new LinkedHashMap<String, Path>();
        m.put("clf", shared.resolve("testdata/clf-c02-notes"));
        m.put("zh", shared.resolve("testdata/obsidian-cs-notes-zh"));
        m.put("dl", shared.resolve("testdata/deeplearning-ai-notes"));
        m.put("pdf", shared.resolve("testdata/pdf-cheatsheets"));
        m.put("seeds", shared.resolve("seeds"));
        m.put("content", content);
        return m;
    }
}
