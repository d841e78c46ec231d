-- Multiple-choice questions a language model wrote for a passage and that passed the passage checks, one
-- row per passage content hash and model (so an unchanged passage is never sent again); questions is a JSON
-- array of {question, options, answer, quote}, rejects a JSON object of reject reason -> count.
CREATE TABLE written_question_set (
    content_hash VARCHAR(64)  NOT NULL,
    model        VARCHAR(500) NOT NULL,
    questions    TEXT         NOT NULL,
    rejects      TEXT         NOT NULL,
    PRIMARY KEY (content_hash, model)
);
