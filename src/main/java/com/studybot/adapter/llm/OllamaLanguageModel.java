package com.studybot.adapter.llm;

import com.studybot.core.answer.LanguageModel;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A chat model served by Ollama through its native API ({@code /api/chat} at {@code baseUrl}, e.g.
 * http://localhost:11434), via LangChain4j. No retries: the caller has a time budget and a fallback.
 */
public final class OllamaLanguageModel implements LanguageModel {
    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final Duration timeout;
    private final String id;

    public OllamaLanguageModel(String baseUrl, String modelName, Duration timeout) {
        this.model = OllamaChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
                .timeout(timeout)
                .maxRetries(0)
                .temperature(0.0)
                .build();
        this.streaming = OllamaStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
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

    /** Streams Ollama's NDJSON lines; blocks until the reply is complete, an interrupt ends the wait. */
    @Override
    public String stream(String instructions, String prompt, Consumer<String> pieces) {
        return StreamedChat.run(streaming, timeout, instructions, prompt, pieces);
    }

    @Override
    public String id() {
        return id;
    }
}
