-- Spaced-repetition memory per user and card (FSRS-5). Times are epoch milliseconds (UTC).
CREATE TABLE card_memory (
    user_id        VARCHAR(64)      NOT NULL,
    card_id        VARCHAR(64)      NOT NULL,
    stability      DOUBLE PRECISION NOT NULL,
    difficulty     DOUBLE PRECISION NOT NULL,
    last_review    BIGINT,
    due            BIGINT           NOT NULL,
    scheduled_days INTEGER          NOT NULL,
    reps           INTEGER          NOT NULL,
    lapses         INTEGER          NOT NULL,
    PRIMARY KEY (user_id, card_id)
);

CREATE INDEX card_memory_due ON card_memory (user_id, due);
