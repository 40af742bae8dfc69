-- Case studies (issue 14): a school's write-up of a project that improved pupils' learning, in a
-- focus area of the trust's list, for one phase; state DRAFT, SUBMITTED, RETURNED, APPROVED or
-- PUBLISHED (by an education officer). Empty texts are '' (a draft may leave them for later).
CREATE TABLE case_study (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    title          VARCHAR(150)   NOT NULL,
    school_id      BIGINT         NOT NULL,
    phase          VARCHAR(24)    NOT NULL,
    focus_area_id  BIGINT         NOT NULL,
    subject        VARCHAR(80)    NOT NULL DEFAULT '',
    context        VARCHAR(4000)  NOT NULL DEFAULT '',
    actions        VARCHAR(4000)  NOT NULL DEFAULT '',
    impact         VARCHAR(4000)  NOT NULL DEFAULT '',
    contact        VARCHAR(200)   NOT NULL DEFAULT '',
    state          VARCHAR(10)    NOT NULL,
    created_by     BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    published_at   DATETIME(6),
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_case_study_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id)
);
CREATE INDEX ix_case_study_library ON case_study (state, published_at);
CREATE INDEX ix_case_study_school ON case_study (school_id, state);
CREATE INDEX ix_case_study_area ON case_study (focus_area_id, state);

-- Its authors: whoever wrote or changed it; they are mailed each step of its review.
CREATE TABLE case_study_author (
    case_study_id  BIGINT  NOT NULL,
    person_id      BIGINT  NOT NULL,
    PRIMARY KEY (case_study_id, person_id),
    CONSTRAINT fk_case_study_author FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);
CREATE INDEX ix_case_study_author_person ON case_study_author (person_id);

-- Its history: each step (CREATED, SUBMITTED, RETURNED, APPROVED, PUBLISHED), who and when, and the
-- education officer's comments when returned.
CREATE TABLE case_study_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_study_id  BIGINT         NOT NULL,
    step           VARCHAR(10)    NOT NULL,
    done_by        BIGINT         NOT NULL,
    done_at        DATETIME(6)    NOT NULL,
    comment        VARCHAR(2000),
    CONSTRAINT fk_case_study_event FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);
CREATE INDEX ix_case_study_event ON case_study_event (case_study_id, done_at);

-- The words a published case study is found by (title, subject, texts, school and focus area),
-- indexed for full-text search by V9.
CREATE TABLE case_study_text (
    case_study_id  BIGINT      NOT NULL PRIMARY KEY,
    search_text    MEDIUMTEXT  NOT NULL,
    CONSTRAINT fk_case_study_text FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);

-- Files attached to a case study as evidence (in the file store, by content id), with the name and
-- type they were uploaded under; added and removed by its authors while it is editable.
CREATE TABLE case_study_file (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_study_id  BIGINT         NOT NULL,
    content_id     CHAR(64)       NOT NULL,
    file_name      VARCHAR(255)   NOT NULL,
    media_type     VARCHAR(128)   NOT NULL,
    size           BIGINT         NOT NULL,
    added_by       BIGINT         NOT NULL,
    added_at       DATETIME(6)    NOT NULL,
    CONSTRAINT fk_case_study_file FOREIGN KEY (case_study_id) REFERENCES case_study (id)
);
CREATE INDEX ix_case_study_file ON case_study_file (case_study_id);
