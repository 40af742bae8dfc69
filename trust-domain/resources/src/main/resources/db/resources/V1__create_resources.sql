-- The resource library: teaching resources shared across the trust's schools, their versions,
-- ratings, problem reports and the uploads staged before they become resources.
-- Schools and people belong to the membership context: their ids are kept here without foreign keys.
-- File bytes live in the kernel's file store, named by their SHA-256 (content_id).
CREATE TABLE resource (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id        BIGINT         NOT NULL,
    owner_id         BIGINT         NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    description      VARCHAR(4000),
    subject          VARCHAR(32)    NOT NULL,
    key_stage        VARCHAR(8)     NOT NULL,
    year_groups      VARCHAR(64)    NOT NULL DEFAULT '',
    resource_type    VARCHAR(32)    NOT NULL,
    licence          VARCHAR(32)    NOT NULL,
    visibility       VARCHAR(8)     NOT NULL,
    tags             VARCHAR(1000)  NOT NULL DEFAULT '',
    link_url         VARCHAR(2000),
    state            VARCHAR(12)    NOT NULL,
    withdrawn_at     DATETIME(6),
    current_version  INT            NOT NULL,
    downloads        BIGINT         NOT NULL DEFAULT 0,
    rating_count     INT            NOT NULL DEFAULT 0,
    rating_total     INT            NOT NULL DEFAULT 0,
    rating_score     DOUBLE         NOT NULL DEFAULT 0,
    assured_by       BIGINT,
    assured_at       DATETIME(6),
    assured_until    DATE,
    problems         INT            NOT NULL DEFAULT 0,
    created_at       DATETIME(6)    NOT NULL,
    updated_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0
);
-- The filters and sorts of the search, each led by what every search asks (state, visibility).
CREATE INDEX ix_resource_visible ON resource (state, visibility, school_id, created_at);
CREATE INDEX ix_resource_subject ON resource (state, subject, key_stage);
CREATE INDEX ix_resource_type ON resource (state, resource_type);
CREATE INDEX ix_resource_owner ON resource (owner_id, state);
CREATE INDEX ix_resource_withdrawn ON resource (state, withdrawn_at);

-- The words a resource is found by (title, description, tags and the text inside its current
-- file), apart from the resource's row so that filters and facet counts read small rows only.
-- Its full-text index is made by the Java migration V2 (the SQL differs between the databases).
CREATE TABLE resource_text (
    resource_id  BIGINT      NOT NULL PRIMARY KEY,
    search_text  MEDIUMTEXT  NOT NULL,
    CONSTRAINT fk_resource_text FOREIGN KEY (resource_id) REFERENCES resource (id)
);

-- Each version of a resource: a file in the store (content_id) or a link, with a change note.
-- text_state: PENDING until the background extraction has read the words inside the file.
CREATE TABLE resource_version (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    resource_id   BIGINT         NOT NULL,
    number        INT            NOT NULL,
    content_id    CHAR(64),
    file_name     VARCHAR(255),
    media_type    VARCHAR(128),
    size          BIGINT,
    thumbnail_id  CHAR(64),
    change_note   VARCHAR(500),
    created_by    BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    text_state    VARCHAR(12)    NOT NULL,
    inner_text    MEDIUMTEXT,
    CONSTRAINT fk_version_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT uq_version_number UNIQUE (resource_id, number)
);
CREATE INDEX ix_version_content ON resource_version (content_id);
CREATE INDEX ix_version_text ON resource_version (text_state, id);

-- One rating per person and resource, editable.
CREATE TABLE resource_rating (
    resource_id  BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    stars        INT           NOT NULL,
    review       VARCHAR(1000),
    rated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (resource_id, person_id),
    CONSTRAINT fk_rating_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT ck_rating_stars CHECK (stars BETWEEN 1 AND 5)
);

-- "Report a problem": shown on the resource to its owner and the school's admins, and mailed.
CREATE TABLE resource_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    resource_id  BIGINT         NOT NULL,
    person_id    BIGINT         NOT NULL,
    message      VARCHAR(2000)  NOT NULL,
    reported_at  DATETIME(6)    NOT NULL,
    CONSTRAINT fk_report_resource FOREIGN KEY (resource_id) REFERENCES resource (id)
);
CREATE INDEX ix_report_resource ON resource_report (resource_id, reported_at);

-- A file uploaded and checked but not yet part of a resource (the upload form sends files first,
-- then the metadata). A clean-up removes those left for a day, and their bytes when no version
-- uses them.
CREATE TABLE resource_upload (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT        NOT NULL,
    content_id  CHAR(64)      NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(128)  NOT NULL,
    size        BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL
);
CREATE INDEX ix_upload_created ON resource_upload (created_at);
CREATE INDEX ix_upload_content ON resource_upload (content_id);
