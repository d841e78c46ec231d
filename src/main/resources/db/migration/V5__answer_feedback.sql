-- Thumbs up or down on an answer; one vote per user and answer (the last one counts).
CREATE TABLE answer_feedback (
    answer_id  VARCHAR(64)  NOT NULL,
    user_id    VARCHAR(200) NOT NULL,
    question   TEXT         NOT NULL,
    helpful    INTEGER      NOT NULL,
    voted_at   BIGINT       NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);
