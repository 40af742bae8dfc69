-- Professional learning (issue 14) lives in the networks context: it shares the networks' persistence
-- unit, so a seventh unit does not break the connection budget (README, "Adding a context").

-- The managed list of teaching focus areas (questioning, oracy, phonics ...) kept by trust admins.
-- A retired area stays on the profiles and records that name it, but is offered no more.
CREATE TABLE focus_area (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(80)    NOT NULL,
    name_cy       VARCHAR(80)    NOT NULL DEFAULT '',
    retired       BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_focus_area_name UNIQUE (name)
);

-- A teacher's profile: who may see it (TRUST, SCHOOLS, NOBODY) and when it last changed.
CREATE TABLE teaching_profile (
    person_id     BIGINT         PRIMARY KEY,
    visibility    VARCHAR(8)     NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0
);

-- The profile's strengths (S) and development areas (D), one row per area.
CREATE TABLE profile_area (
    person_id     BIGINT         NOT NULL,
    area_id       BIGINT         NOT NULL,
    kind          CHAR(1)        NOT NULL,
    PRIMARY KEY (person_id, area_id),
    CONSTRAINT fk_profile_area_profile FOREIGN KEY (person_id) REFERENCES teaching_profile (person_id),
    CONSTRAINT fk_profile_area_area FOREIGN KEY (area_id) REFERENCES focus_area (id)
);
-- Partner suggestions look up who is strong in a set of areas.
CREATE INDEX ix_profile_area_kind ON profile_area (area_id, kind, person_id);
