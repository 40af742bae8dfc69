-- A post may be scheduled (publish_at: when the publishing job shows it) and may end (expires_at:
-- after it, readers no longer see it; its author and editors still do). Tags are free words on a
-- post, kept lower-case, at most 10 of at most 40 characters (Tags in news/domain).
ALTER TABLE post ADD COLUMN publish_at DATETIME(6);
ALTER TABLE post ADD COLUMN expires_at DATETIME(6);

-- The publishing job looks for scheduled posts that are due and published posts that have ended.
CREATE INDEX ix_post_publish_due ON post (state, publish_at);
CREATE INDEX ix_post_expiry_due ON post (state, expires_at);

CREATE TABLE post_tag (
    post_id BIGINT      NOT NULL,
    tag     VARCHAR(40) NOT NULL,
    CONSTRAINT pk_post_tag PRIMARY KEY (post_id, tag),
    CONSTRAINT fk_tag_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
-- The feed filtered by a tag starts from the tag.
CREATE INDEX ix_post_tag_tag ON post_tag (tag, post_id);
