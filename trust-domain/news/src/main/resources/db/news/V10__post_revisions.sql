-- Each post's edit history: one row per change that changed something, written with the change.
-- Who made it (null for the publishing job) and their name as it was then; what it did as short
-- codes ("title,body,published"); the title before, when the title changed.
CREATE TABLE post_revision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id        BIGINT       NOT NULL,
    revised_at     DATETIME(6)  NOT NULL,
    editor_id      BIGINT,
    editor_name    VARCHAR(200),
    changes        VARCHAR(300) NOT NULL,
    previous_title VARCHAR(200),
    CONSTRAINT fk_revision_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX ix_post_revision_post ON post_revision (post_id, revised_at);
