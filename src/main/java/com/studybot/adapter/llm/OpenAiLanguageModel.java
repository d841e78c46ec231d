package com.studybot.adapter.llm;

import com.studybot.core.answer.LanguageModel;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A chat model behind an OpenAI-compatible endpoint (OpenAI, or a local llama.cpp, vLLM or Ollama server
 * at its {@code /v1} address), through LangChain4j. No retries: the caller has a time budget and a fallback.
 */
public final class OpenAiLanguageModel implements LanguageModel {
    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final Duration timeout;
    private final String id;

    public OpenAiLanguageModel(String baseUrl, String modelName, String apiKey, Duration timeout) {
        this.model = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
                .apiKey(apiKey.isEmpty() ? "none" : apiKey)
                .timeout(timeout)
                .maxRetries(0)
                .temperature(0.0)
                .build();
        this.streaming = OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
                .apiKey(apiKey.isEmpty() ? "none" : apiKey)
                .timeout(timeout)
                .temperature(0.0)
                .build();
        this.timeout = timeout;
        this.id = modelName + "@" + baseUrl;
    }

    @Override
    public String complete(String instructions, String prompt) {
        String text = model.chat(SystemMessage.from(instructions), UserMessage.from(prompt))
                .aiMessage()
                .text();
        if (text == null) {
            throw new IllegalStateException("the model returned no text");
        }
        return text;
    }

    /** Streams over server-sent events; blocks until the reply is complete, an interrupt ends the wait. */
    @Override
    public String stream(String instructions, String prompt, Consumer<String> pieces) {
        return StreamedChat.run(streaming, timeout, instructions, prompt, pieces);
    }

    @Override
    public String id() {
        return id;
    }
}
