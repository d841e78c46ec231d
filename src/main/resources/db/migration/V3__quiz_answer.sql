-- Every graded quiz answer, for scores, streaks and per-topic accuracy.
CREATE TABLE quiz_answer (
    user_id     VARCHAR(200) NOT NULL,
    topic       VARCHAR(200) NOT NULL,
    correct     INTEGER      NOT NULL,
    answered_at BIGINT       NOT NULL,
    seq         BIGINT       NOT NULL,
    PRIMARY KEY (user_id, seq)
);
