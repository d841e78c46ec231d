-- Notes members added from Discord (/notes add), one row per server and file; path is below the notes folder
-- (uploads/<server>/...), uploaded_at epoch milliseconds (UTC), sha256 the file's hash in hex.
CREATE TABLE note_upload (
    guild_id    VARCHAR(64)  NOT NULL,
    path        VARCHAR(400) NOT NULL,
    user_id     VARCHAR(64)  NOT NULL,
    uploaded_at BIGINT       NOT NULL,
    bytes       BIGINT       NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (guild_id, path)
);

-- The role a server lets add and remove notes besides members who can manage it (/notes role); no row for none.
CREATE TABLE note_uploader_role (
    guild_id VARCHAR(64) NOT NULL PRIMARY KEY,
    role_id  VARCHAR(64) NOT NULL
);
