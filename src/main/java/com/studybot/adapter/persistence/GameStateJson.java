package com.studybot.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.studybot.core.quiz.game.Game;
import com.studybot.core.quiz.game.GameAnswer;
import com.studybot.core.quiz.game.GameMode;
import com.studybot.core.quiz.game.GameState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes group game states as JSON and reads them back: times as epoch milliseconds, durations in milliseconds,
 * enums in lower case, questions as {@link QuizStateJson} stores them. A paused state holds the state it paused
 * as a nested state ({@code before}).
 */
final class GameStateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GameStateJson() {}

    static String write(GameState state) {
        return state(state).toString();
    }

    static GameState read(String json) {
        try {
            return state(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored game state is not valid JSON", e);
        }
    }

    private static ObjectNode state(GameState state) {
        ObjectNode root = MAPPER.createObjectNode();
        if (state instanceof GameState.Lobby l) {
            root.put("type", "lobby").put("startsAt", l.startsAt().toEpochMilli());
        } else if (state instanceof GameState.Asking a) {
            root.put("type", "asking")
                    .put("index", a.index())
                    .put("openedAt", a.openedAt().toEpochMilli())
                    .put("deadline", a.deadline().toEpochMilli())
                    .put("post", a.post());
        } else if (state instanceof GameState.Revealing r) {
            root.put("type", "revealing")
                    .put("index", r.index())
                    .put("nextAt", r.nextAt().toEpochMilli());
        } else if (state instanceof GameState.Paused p) {
            // the game is the paused state's own, so it is stored once, inside before
            root.put("type", "paused").put("remainingMillis", p.remaining().toMillis());
            root.set("before", state(p.before()));
            return root;
        } else if (state instanceof GameState.Finished f) {
            root.put("type", "finished").put("end", f.end().name().toLowerCase(Locale.ROOT));
        } else {
            throw new AssertionError("unhandled " + state.getClass());
        }
        root.set("game", game(state.game()));
        return root;
    }

    private static GameState state(JsonNode root) throws JsonProcessingException {
        String type = root.path("type").asText();
        JsonNode gameNode = root.get("game"); // absent in a paused state: its game is the one it paused
        switch (type) {
            case "paused":
                return new GameState.Paused(
                        state(root.get("before")),
                        Duration.ofMillis(root.get("remainingMillis").asLong()));
            case "lobby":
                return new GameState.Lobby(game(gameNode), instant(root.get("startsAt")));
            case "asking":
                return new GameState.Asking(
                        game(gameNode),
                        root.get("index").asInt(),
                        instant(root.get("openedAt")),
                        instant(root.get("deadline")),
                        root.get("post").asText());
            case "revealing":
                return new GameState.Revealing(game(gameNode), root.get("index").asInt(), instant(root.get("nextAt")));
            case "finished":
                return new GameState.Finished(game(gameNode), constant(GameState.End.class, root.get("end")));
            default:
                throw new IllegalStateException("Stored game state has an unknown type: \"" + type + "\"");
        }
    }

    private static ObjectNode game(Game game) {
        ObjectNode g = MAPPER.createObjectNode();
        g.put("channel", game.channel())
                .put("community", game.community())
                .put("host", game.host())
                .put("topic", game.topic())
                .put("mode", game.mode().name().toLowerCase(Locale.ROOT));
        g.set("questions", QuizStateJson.questions(game.questions()));
        g.set("questionTopics", MAPPER.valueToTree(game.questionTopics()));
        g.putObject("timing")
                .put("lobbyMillis", game.timing().lobby().toMillis())
                .put("perQuestionMillis", game.timing().perQuestion().toMillis())
                .put("revealMillis", game.timing().reveal().toMillis());
        g.set("players", MAPPER.valueToTree(game.players()));
        ArrayNode answers = g.putArray("answers");
        for (GameAnswer a : game.answers()) {
            answers.addObject()
                    .put("member", a.member())
                    .put("question", a.question())
                    .put("given", a.given())
                    .put("correct", a.correct())
                    .put("points", a.points())
                    .put("at", a.at().toEpochMilli());
        }
        g.put("quiet", game.quiet());
        return g;
    }

    private static Game game(JsonNode g) throws JsonProcessingException {
        JsonNode timing = g.get("timing");
        var answers = new ArrayList<GameAnswer>();
        for (JsonNode a : g.get("answers")) {
            answers.add(new GameAnswer(
                    a.get("member").asText(),
                    a.get("question").asInt(),
                    a.get("given").asText(),
                    a.get("correct").asBoolean(),
                    a.get("points").asInt(),
                    instant(a.get("at"))));
        }
        return new Game(
                g.get("channel").asText(),
                g.get("community").asText(),
                g.get("host").asText(),
                g.get("topic").asText(),
                constant(GameMode.class, g.get("mode")),
                QuizStateJson.questions(g.get("questions")),
                texts(g.get("questionTopics")),
                new Game.Timing(
                        Duration.ofMillis(timing.get("lobbyMillis").asLong()),
                        Duration.ofMillis(timing.get("perQuestionMillis").asLong()),
                        Duration.ofMillis(timing.get("revealMillis").asLong())),
                texts(g.get("players")),
                answers,
                g.get("quiet").asInt());
    }

    private static Instant instant(JsonNode millis) {
        return Instant.ofEpochMilli(millis.asLong());
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }

    /** The enum constant a lower-case name stands for; an unknown one is a broken row, not a bug. */
    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode name) {
        try {
            return Enum.valueOf(type, name.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Stored game state has an unknown " + type.getSimpleName() + ": \"" + name.asText() + "\"", e);
        }
    }
}
