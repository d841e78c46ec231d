package com.studybot.adapter.llm;

import com.studybot.core.answer.LanguageModel;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A LangChain4j chat model and its streaming twin behind our port: a system message and a user message in,
 * the text out. Providers differ only in how they build the two models.
 */
abstract class ChatLanguageModel implements LanguageModel {
    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final Duration timeout;
    private final String id;

    ChatLanguageModel(ChatModel model, StreamingChatModel streaming, Duration timeout, String id) {
        this.model = model;
        this.streaming = streaming;
        this.timeout = timeout;
        this.id = id;
    }

    @Override
    public final String complete(String instructions, String prompt) {
        String text = model.chat(SystemMessage.from(instructions), UserMessage.from(prompt))
                .aiMessage()
                .text();
        if (text == null) {
            throw new IllegalStateException("the model returned no text");
        }
        return text;
    }

    /** Blocks until the streamed reply is complete; an interrupt ends the wait. */
    @Override
    public final String stream(String instructions, String prompt, Consumer<String> pieces) {
        return StreamedChat.run(streaming, timeout, instructions, prompt, pieces);
    }

    @Override
    public final String id() {
        return id;
    }
}
