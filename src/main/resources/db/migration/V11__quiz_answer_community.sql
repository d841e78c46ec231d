-- Which community (a Discord server; '' for the console and answers recorded before) each answer was given
-- in: leaderboards and group reviews are per community.
ALTER TABLE quiz_answer ADD COLUMN community VARCHAR(200) NOT NULL DEFAULT '';

CREATE INDEX quiz_answer_community ON quiz_answer (community, answered_at);
