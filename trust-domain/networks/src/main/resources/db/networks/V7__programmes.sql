-- Professional-learning programmes (issue 14): published by a provider school for one career stage
-- and one academic term ("2026-autumn"), with a number of places (taken counts the places given,
-- changed under the programme's row lock) and a cost in pence (0: free).
CREATE TABLE programme (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(150)   NOT NULL,
    career_stage        VARCHAR(24)    NOT NULL,
    description         VARCHAR(4000)  NOT NULL DEFAULT '',
    provider_school_id  BIGINT         NOT NULL,
    term                VARCHAR(12)    NOT NULL,
    places              INT            NOT NULL,
    taken               INT            NOT NULL DEFAULT 0,
    cost_pence          INT            NOT NULL DEFAULT 0,
    state               VARCHAR(10)    NOT NULL,
    created_by          BIGINT         NOT NULL,
    created_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0
);
CREATE INDEX ix_programme_term ON programme (term, state, career_stage);
CREATE INDEX ix_programme_provider ON programme (provider_school_id);

-- A programme's sessions and "visit a school" days (kind SESSION or VISIT): a day, its times in the
-- trust's zone, and where: a place as text, an online link, or both.
CREATE TABLE programme_session (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id  BIGINT         NOT NULL,
    kind          VARCHAR(8)     NOT NULL,
    held_on       DATE           NOT NULL,
    starts        TIME           NOT NULL,
    ends          TIME           NOT NULL,
    place         VARCHAR(300),
    online_link   VARCHAR(2000),
    CONSTRAINT fk_programme_session FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_programme_session_day ON programme_session (programme_id, held_on, starts);

-- Who registered, for which of their schools (whose admin approves a programme with a cost), and
-- where they stand: REQUESTED, PLACE, WAITING, DECLINED (with a reason) or CANCELLED.
CREATE TABLE programme_registration (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id   BIGINT         NOT NULL,
    person_id      BIGINT         NOT NULL,
    school_id      BIGINT         NOT NULL,
    state          VARCHAR(10)    NOT NULL,
    requested_at   DATETIME(6)    NOT NULL,
    decided_at     DATETIME(6),
    decided_by     BIGINT,
    reason         VARCHAR(500),
    version        BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_programme_registration UNIQUE (programme_id, person_id),
    CONSTRAINT fk_programme_registration FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_programme_registration_queue ON programme_registration (programme_id, state, requested_at);
CREATE INDEX ix_programme_registration_school ON programme_registration (school_id, state);
