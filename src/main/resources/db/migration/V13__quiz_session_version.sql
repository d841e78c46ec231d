-- Each quiz state's version: a save names the version it read, so two processes on one database cannot both
-- move the same quiz on (the second one's save changes nothing and is retried on the state as it now stands).
ALTER TABLE quiz_session ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
