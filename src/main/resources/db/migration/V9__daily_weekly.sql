-- Whether a server also gets a weekly summary of its daily quiz (1) or not (0).
ALTER TABLE daily_schedule ADD COLUMN weekly INTEGER NOT NULL DEFAULT 0;
