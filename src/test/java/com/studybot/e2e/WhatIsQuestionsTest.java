package com.studybot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.studybot.Models;
import com.studybot.Wiring;
import com.studybot.config.ConfigLoader;
import com.studybot.core.answer.Answer;
import com.studybot.core.common.Progress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "What is X?" over the project's own notes, with the real models: the answer cites the section X heads,
 * not one that mentions X more often (the EKS section says "ECS" more than the ECS section does).
 */
final class WhatIsQuestionsTest {
    @TempDir
    static Path data;

    private static Wiring wiring;

    @BeforeAll
    static void index() {
        var config = new ConfigLoader(Map.of(), Path.of("").toAbsolutePath())
                .load(Optional.empty(), Map.of("content.dir", "content", "data.dir", data.toString()));
        wiring = new Wiring(config, Models.load(config), false);
        wiring.sync(Progress.NONE);
    }

    @AfterAll
    static void close() {
        wiring.close();
    }

    @ParameterizedTest
    @CsvSource({
        "What is ECS?, Amazon ECS",
        "What is EKS?, Amazon EKS",
        "What is a pod?, Pods",
        "what's Fargate, AWS Fargate",
        "What is Podman?, Podman"
    })
    void theSectionTheThingHeadsIsCitedFirst(String question, String heading) {
        Answer answer = wiring.answerer().answer(question, 5);
        assertThat(answer)
                .isInstanceOfSatisfying(
                        Answer.Answered.class,
                        a -> assertThat(a.citations().get(0).label()).endsWith("› " + heading));
    }
}
