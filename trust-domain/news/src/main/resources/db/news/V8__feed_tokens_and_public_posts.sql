-- Atom feeds. A person's personal feed address carries a secret token; only its SHA-256 hash (64 hex
-- digits) is kept, so that the table does not give away anyone's feed. One address per person:
-- replacing it overwrites the row, revoking it deletes the row, and the old address stops at once.
-- People are the membership context's: ids without foreign keys.
CREATE TABLE feed_token (
    person_id  BIGINT      NOT NULL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_feed_token_hash UNIQUE (token_hash)
);

-- Posts to the whole trust that its editor also shows in the public trust feed (no sign-in).
ALTER TABLE post ADD COLUMN public_feed BOOLEAN NOT NULL DEFAULT FALSE;
