-- What each Discord button or form stands for, so they survive restarts; expired rows are kept until swept.
CREATE TABLE component (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    payload    TEXT         NOT NULL,
    expires_at BIGINT       NOT NULL
);

CREATE INDEX component_expiry ON component (expires_at);
