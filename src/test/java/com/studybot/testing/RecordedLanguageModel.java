package com.studybot.testing;

import com.studybot.core.answer.LanguageModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A fake of our model port: gives the reply the test set (or throws) and records every prompt it got. */
public final class RecordedLanguageModel implements LanguageModel {
    private final List<String> prompts = new CopyOnWriteArrayList<>();
    private final List<String> instructions = new CopyOnWriteArrayList<>();
    private volatile String reply = "";
    private volatile boolean failing;

    public RecordedLanguageModel reply(String text) {
        reply = text;
        failing = false;
        return this;
    }

    public RecordedLanguageModel failing() {
        failing = true;
        return this;
    }

    @Override
    public String complete(String instructions, String prompt) {
        this.instructions.add(instructions);
        prompts.add(prompt);
        if (failing) {
            throw new IllegalStateException("the model is down");
        }
        return reply;
    }

    @Override
    public String id() {
        return "recorded";
    }

    public List<String> prompts() {
        return prompts;
    }

    public List<String> instructions() {
        return instructions;
    }
}
