package com.studybot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the dev set (JSON Lines). */
public final class DevSet {
    private DevSet() {}

    public static List<DevSetQuestion> load(Path file) {
        var mapper = new ObjectMapper();
        var questions = new ArrayList<DevSetQuestion>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    questions.add(mapper.readValue(line, DevSetQuestion.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dev set " + file, e);
        }
        return List.copyOf(questions);
    }
}
