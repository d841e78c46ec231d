package com.studybot.core.answer;

import java.util.function.Consumer;

/** A chat model: instructions and a prompt in, the reply's text out; failures are exceptions. */
public interface LanguageModel {
    String complete(String instructions, String prompt);

    /**
     * As {@link #complete}, streamed: each piece of the reply goes to {@code pieces} as it arrives, and the
     * whole reply is returned at the end. A model that can't stream gives its reply as one piece.
     */
    default String stream(String instructions, String prompt, Consumer<String> pieces) {
        String reply = complete(instructions, prompt);
        pieces.accept(reply);
        return reply;
    }

    /** The model's name, for logs and caches. */
    String id();
}
