-- Posts, who each post is for, and who has read (and acknowledged) which post.
-- People and schools belong to the membership context: their ids are kept here without foreign keys.
CREATE TABLE post (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(200)  NOT NULL,
    summary      VARCHAR(500),
    body         MEDIUMTEXT    NOT NULL,
    author_id    BIGINT        NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    pinned       BOOLEAN       NOT NULL DEFAULT FALSE,
    must_read    BOOLEAN       NOT NULL DEFAULT FALSE,
    published_at DATETIME(6),
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   BIGINT        NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_post_feed ON post (state, pinned, published_at, id);
CREATE INDEX ix_post_author ON post (author_id, created_at);

-- One row per (school or whole trust) x (role or any role) that a post is for. audience_key joins
-- the two into one indexed value ("*", "*:TEACHER", "12", "12:TEACHER") that a reader's own keys
-- are matched against.
CREATE TABLE post_audience (
    post_id      BIGINT      NOT NULL,
    school_id    BIGINT,
    school_role  VARCHAR(32),
    audience_key VARCHAR(60) NOT NULL,
    CONSTRAINT pk_post_audience PRIMARY KEY (post_id, audience_key),
    CONSTRAINT fk_audience_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX ix_post_audience_key ON post_audience (audience_key, post_id);

-- A person opened a post (read_at) and, for a must-read post, said they had read it.
CREATE TABLE post_read (
    post_id         BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    read_at         DATETIME(6) NOT NULL,
    acknowledged_at DATETIME(6),
    CONSTRAINT pk_post_read PRIMARY KEY (post_id, person_id),
    CONSTRAINT fk_read_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX ix_post_read_person ON post_read (person_id, post_id);
