package com.studybot.adapter.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One streamed chat through LangChain4j, waited for: pieces go to the consumer (on the HTTP client's
 * thread) as they arrive, the whole reply is returned, an error is thrown. An interrupt of the waiting
 * thread (the caller's budget ran out) ends the wait at once and stops the stream at its next piece.
 */
final class StreamedChat {
    private StreamedChat() {}

    /**
     * Waits at most {@code timeout} for the end of the reply: a stream that breaks off without an error
     * (LangChain4j's Ollama client ignores a line it cannot parse) would otherwise be waited for forever.
     */
    static String run(
            StreamingChatModel model, Duration timeout, String instructions, String prompt, Consumer<String> pieces) {
        var handler = new Handler(pieces);
        model.chat(List.of(SystemMessage.from(instructions), UserMessage.from(prompt)), handler);
        try {
            return handler.reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            handler.cancelled = true;
            throw new IllegalStateException("the streamed reply did not end within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            handler.cancelled = true;
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the language model was streaming");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.toString(), cause);
        }
    }

    private static final class Handler implements StreamingChatResponseHandler {
        private final CompletableFuture<String> reply = new CompletableFuture<>();
        private final Consumer<String> pieces;
        private volatile boolean cancelled;

        Handler(Consumer<String> pieces) {
            this.pieces = pieces;
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (cancelled) {
                context.streamingHandle().cancel();
                return;
            }
            onPartialResponse(partial.text());
        }

        @Override
        public void onPartialResponse(String piece) {
            if (!cancelled) {
                pieces.accept(piece);
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            String text = response.aiMessage().text();
            if (text == null) {
                reply.completeExceptionally(new IllegalStateException("the model returned no text"));
            } else {
                reply.complete(text);
            }
        }

        @Override
        public void onError(Throwable error) {
            reply.completeExceptionally(error);
        }
    }
}
