-- Coaching: a lead of a network pairs a coach (usually from another school) with a coachee for an
-- academic year; the pairing is open until that year ends (31 August), a lead ends it, or one of
-- the two leaves the trust. A coach takes no more coachees in a network than its coach_limit.
ALTER TABLE network ADD COLUMN coach_limit INT NOT NULL DEFAULT 3;

CREATE TABLE coaching_pair (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id    BIGINT         NOT NULL,
    coach_id      BIGINT         NOT NULL,
    coachee_id    BIGINT         NOT NULL,
    year_ends     DATE           NOT NULL,
    ended_at      DATETIME(6),
    ended_why     VARCHAR(12),
    last_met      DATE,
    meetings      INT            NOT NULL DEFAULT 0,
    created_by    BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_coaching_pair FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX ix_coaching_pair_network ON coaching_pair (network_id, year_ends);
CREATE INDEX ix_coaching_pair_coach ON coaching_pair (coach_id, year_ends);
CREATE INDEX ix_coaching_pair_coachee ON coaching_pair (coachee_id, year_ends);

-- What the pair log of a meeting. The agreed actions and notes are the pair's alone: leads and
-- admins are shown only the date (and the pair's count and last date above).
CREATE TABLE coaching_meeting (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    pair_id       BIGINT         NOT NULL,
    met_on        DATE           NOT NULL,
    actions       VARCHAR(2000)  NOT NULL DEFAULT '',
    notes         VARCHAR(6000)  NOT NULL DEFAULT '',
    logged_by     BIGINT         NOT NULL,
    logged_at     DATETIME(6)    NOT NULL,
    CONSTRAINT fk_coaching_meeting FOREIGN KEY (pair_id) REFERENCES coaching_pair (id)
);
CREATE INDEX ix_coaching_meeting_pair ON coaching_meeting (pair_id, met_on);

-- The pair's goals and how far they have got: private to the pair, like the notes.
CREATE TABLE coaching_goal (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    pair_id       BIGINT         NOT NULL,
    goal          VARCHAR(300)   NOT NULL,
    status        VARCHAR(12)    NOT NULL,
    progress      VARCHAR(2000)  NOT NULL DEFAULT '',
    set_by        BIGINT         NOT NULL,
    set_at        DATETIME(6)    NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_coaching_goal FOREIGN KEY (pair_id) REFERENCES coaching_pair (id)
);
CREATE INDEX ix_coaching_goal_pair ON coaching_goal (pair_id);
