-- Each group game's version, as for quiz states (V13): a save names the version it read, so two processes on one
-- database cannot both move the same game on (the later save changes nothing and the step is redone).
ALTER TABLE quiz_game ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
