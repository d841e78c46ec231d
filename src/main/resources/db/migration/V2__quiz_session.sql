-- The current quiz state per scope (user, or user in a channel), as JSON. Idle scopes have no row.
CREATE TABLE quiz_session (
    scope      VARCHAR(200) NOT NULL PRIMARY KEY,
    state_json TEXT         NOT NULL,
    updated_at BIGINT       NOT NULL
);
