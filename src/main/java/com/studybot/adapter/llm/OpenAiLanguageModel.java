package com.studybot.adapter.llm;

import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;

/**
 * A chat model behind an OpenAI-compatible endpoint (OpenAI, or a local llama.cpp, vLLM or Ollama server
 * at its {@code /v1} address), through LangChain4j; streamed over server-sent events. No retries: the
 * caller has a time budget and a fallback.
 */
public final class OpenAiLanguageModel extends ChatLanguageModel {
    public OpenAiLanguageModel(String baseUrl, String modelName, String apiKey, Duration timeout) {
        super(
                OpenAiChatModel.builder()
                        .baseUrl(baseUrl)
                        .modelName(modelName)
                        .apiKey(apiKey.isEmpty() ? "none" : apiKey)
                        .timeout(timeout)
                        .maxRetries(0)
                        .temperature(0.0)
                        .build(),
                OpenAiStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .modelName(modelName)
                        .apiKey(apiKey.isEmpty() ? "none" : apiKey)
                        .timeout(timeout)
                        .temperature(0.0)
                        .build(),
                timeout,
                modelName + "@" + baseUrl);
    }
}
