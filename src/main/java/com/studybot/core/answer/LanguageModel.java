package com.studybot.core.answer;

/** A chat model: instructions and a prompt in, the reply's text out; failures are exceptions. */
public interface LanguageModel {
    String complete(String instructions, String prompt);

    /** The model's name, for logs and caches. */
    String id();
}
