-- Comments on posts (hidden by a moderator with a reason, never deleted), whether a post's comments
-- are closed, and who likes which post. People are the membership context's: ids without foreign keys.
CREATE TABLE post_comment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id       BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    body          TEXT          NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    edited_at     DATETIME(6),
    hidden_at     DATETIME(6),
    hidden_by     BIGINT,
    hidden_reason VARCHAR(500),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_comment_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX ix_comment_post ON post_comment (post_id, created_at, id);

-- A row only once someone closed (or reopened) a post's comments: no row means open.
CREATE TABLE post_discussion (
    post_id    BIGINT      NOT NULL PRIMARY KEY,
    closed     BOOLEAN     NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    changed_by BIGINT      NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_discussion_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);

CREATE TABLE post_like (
    post_id   BIGINT      NOT NULL,
    person_id BIGINT      NOT NULL,
    liked_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_post_like PRIMARY KEY (post_id, person_id),
    CONSTRAINT fk_like_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
