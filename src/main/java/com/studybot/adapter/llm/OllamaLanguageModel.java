package com.studybot.adapter.llm;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.time.Duration;

/**
 * A chat model served by Ollama through its native API ({@code /api/chat} at {@code baseUrl}, e.g.
 * http://localhost:11434), via LangChain4j; streamed as NDJSON lines. No retries: the caller has a time
 * budget and a fallback.
 */
public final class OllamaLanguageModel extends ChatLanguageModel {
    public OllamaLanguageModel(String baseUrl, String modelName, Duration timeout) {
        super(
                OllamaChatModel.builder()
                        .baseUrl(baseUrl)
                        .modelName(modelName)
                        .timeout(timeout)
                        .maxRetries(0)
                        .temperature(0.0)
                        .build(),
                OllamaStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .modelName(modelName)
                        .timeout(timeout)
                        .temperature(0.0)
                        .build(),
                timeout,
                modelName + "@" + baseUrl);
    }
}
