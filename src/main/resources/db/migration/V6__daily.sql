-- Daily quiz posts (issue 6). Storage formats, the same on SQLite and PostgreSQL:
--   times      epoch milliseconds (UTC), BIGINT
--   dates      the server's local date as an epoch day (LocalDate.toEpochDay: days since 1970-01-01), BIGINT,
--              so date order and ranges are numeric and never depend on a text collation
--   zones      IANA zone ids as given (ZoneId.getId, e.g. 'Australia/Lord_Howe'), VARCHAR
--   local time ISO wall-clock time (LocalTime.toString): 'HH:mm', with ':ss' only if the seconds are not zero
--   durations  whole seconds, BIGINT
--   id lists   question ids in order, joined with '\n' (ids never contain one), '' for none, TEXT

-- One daily-quiz schedule per server; no row means daily posts are off.
CREATE TABLE daily_schedule (
    guild_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    channel_id           VARCHAR(64)  NOT NULL,
    post_time            VARCHAR(18)  NOT NULL,
    zone_id              VARCHAR(64)  NOT NULL,
    question_count       INTEGER      NOT NULL,
    topic                VARCHAR(200) NOT NULL,
    reveal_after_seconds BIGINT       NOT NULL
);

-- The post ledger: a row is claimed before the post is sent, so each server posts at most once per local date.
CREATE TABLE daily_post (
    guild_id     VARCHAR(64) NOT NULL,
    post_day     BIGINT      NOT NULL,
    claimed_at   BIGINT      NOT NULL,
    question_ids TEXT        NOT NULL,
    message_id   VARCHAR(64),
    revealed_at  BIGINT,
    PRIMARY KEY (guild_id, post_day)
);

-- Members' answers to a daily post's questions (question = index in the post); the first answer counts.
CREATE TABLE daily_answer (
    guild_id VARCHAR(64)  NOT NULL,
    post_day BIGINT       NOT NULL,
    question INTEGER      NOT NULL,
    user_id  VARCHAR(200) NOT NULL,
    choice   INTEGER      NOT NULL,
    PRIMARY KEY (guild_id, post_day, question, user_id)
);
