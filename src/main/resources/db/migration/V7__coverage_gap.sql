-- Questions the notes could not answer ("notes to write"), one row per normalised key while open.
-- asked counts the askings; question and last_asked are the latest asking's (epoch milliseconds, UTC).
CREATE TABLE coverage_gap (
    gap_key    VARCHAR(200) NOT NULL PRIMARY KEY,
    question   TEXT         NOT NULL,
    asked      INTEGER      NOT NULL,
    last_asked BIGINT       NOT NULL
);
