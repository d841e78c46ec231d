-- Which question each graded answer was for (empty for answers recorded before), for reviews of misses.
ALTER TABLE quiz_answer ADD COLUMN question_id VARCHAR(200) NOT NULL DEFAULT '';

CREATE INDEX quiz_answer_question ON quiz_answer (question_id, answered_at);
