-- iCalendar feeds. A person's calendar feed address carries a secret token; only its SHA-256 hash
-- (64 hex digits) is kept. One address per person: replacing it overwrites the row, revoking it
-- deletes the row, and the old address stops at once. People are the membership context's: ids
-- without foreign keys.
CREATE TABLE room_calendar_feed (
    person_id  BIGINT      NOT NULL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_room_calendar_feed_hash UNIQUE (token_hash)
);
