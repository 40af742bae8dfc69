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

-- The profile's strengths (STRENGTH) and development areas (DEVELOPMENT), one row per area: an area
-- is one or the other, never both.
CREATE TABLE profile_area (
    person_id     BIGINT         NOT NULL,
    area_id       BIGINT         NOT NULL,
    kind          VARCHAR(11)    NOT NULL,
    PRIMARY KEY (person_id, area_id),
    CONSTRAINT fk_profile_area_profile FOREIGN KEY (person_id) REFERENCES teaching_profile (person_id),
    CONSTRAINT fk_profile_area_area FOREIGN KEY (area_id) REFERENCES focus_area (id)
);
-- Partner suggestions look up who is strong in a set of areas.
CREATE INDEX ix_profile_area_kind ON profile_area (area_id, kind, person_id);

-- The trust's starting list; trust admins rename, retire and add to it.
INSERT INTO focus_area (name, name_cy, created_at) VALUES
  ('Questioning', 'Holi cwestiynau', '2026-11-25 00:00:00'),
  ('Feedback and marking', 'Adborth a marcio', '2026-11-25 00:00:00'),
  ('Behaviour for learning', 'Ymddygiad ar gyfer dysgu', '2026-11-25 00:00:00'),
  ('Phonics', 'Ffoneg', '2026-11-25 00:00:00'),
  ('Early reading', 'Darllen cynnar', '2026-11-25 00:00:00'),
  ('Adaptive teaching and SEND', 'Addysgu ymaddasol ac ADY', '2026-11-25 00:00:00'),
  ('Retrieval practice', 'Ymarfer adalw', '2026-11-25 00:00:00'),
  ('Modelling', 'Modelu', '2026-11-25 00:00:00'),
  ('Oracy', 'Llafaredd', '2026-11-25 00:00:00'),
  ('Early years provision', 'Darpariaeth blynyddoedd cynnar', '2026-11-25 00:00:00'),
  ('Metacognition', 'Metawybyddiaeth', '2026-11-25 00:00:00'),
  ('Subject knowledge: English', 'Gwybodaeth pwnc: Saesneg', '2026-11-25 00:00:00'),
  ('Subject knowledge: mathematics', 'Gwybodaeth pwnc: mathemateg', '2026-11-25 00:00:00'),
  ('Subject knowledge: science', 'Gwybodaeth pwnc: gwyddoniaeth', '2026-11-25 00:00:00'),
  ('Mentoring early career teachers', 'Mentora athrawon gyrfa gynnar', '2026-11-25 00:00:00');
