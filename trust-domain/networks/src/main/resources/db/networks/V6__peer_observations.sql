-- Peer observation (issue 14): a teacher developing an area (the inviter) asks a colleague strong in
-- it (the invitee) either to watch them teach ("you watch me", INVITEE_WATCHES) or to let them watch
-- ("I watch you", INVITER_WATCHES). INVITED -> ACCEPTED or DECLINED (with an optional reason) ->
-- SCHEDULED (a day, a period or time, a lesson; either may change it) -> COMPLETED (once the day has
-- come and either records feedback or marks it done); either may cancel while it is open.
CREATE TABLE peer_observation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    inviter_id      BIGINT         NOT NULL,
    invitee_id      BIGINT         NOT NULL,
    direction       VARCHAR(16)    NOT NULL,
    focus_area_id   BIGINT,
    message         VARCHAR(1000)  NOT NULL DEFAULT '',
    state           VARCHAR(10)    NOT NULL,
    decline_reason  VARCHAR(500),
    lesson_on       DATE,
    lesson_time     VARCHAR(40),
    lesson          VARCHAR(200),
    -- "lowest id-highest id" while the observation is open (invited, accepted, scheduled), else
    -- null: the unique index keeps one open observation per two people, even under a race.
    open_pair       VARCHAR(41),
    invited_at      DATETIME(6)    NOT NULL,
    answered_at     DATETIME(6),
    scheduled_by    BIGINT,
    scheduled_at    DATETIME(6),
    completed_by    BIGINT,
    completed_at    DATETIME(6),
    cancelled_by    BIGINT,
    cancelled_at    DATETIME(6),
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_peer_observation_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id),
    CONSTRAINT uq_peer_observation_open UNIQUE (open_pair)
);
CREATE INDEX ix_peer_observation_inviter ON peer_observation (inviter_id, invited_at);
CREATE INDEX ix_peer_observation_invitee ON peer_observation (invitee_id, invited_at);
CREATE INDEX ix_peer_observation_state ON peer_observation (state);

-- The schools either of the two belonged to when the invitation was made: what the per-school
-- count of completed observations counts (a number for school admins, never the content).
CREATE TABLE peer_observation_school (
    observation_id  BIGINT         NOT NULL,
    school_id       BIGINT         NOT NULL,
    PRIMARY KEY (observation_id, school_id),
    CONSTRAINT fk_peer_observation_school FOREIGN KEY (observation_id) REFERENCES peer_observation (id)
);
CREATE INDEX ix_peer_observation_school ON peer_observation_school (school_id);

-- What each of the two recorded after the lesson: private to the two, nobody else reads it.
CREATE TABLE observation_feedback (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    observation_id  BIGINT         NOT NULL,
    person_id       BIGINT         NOT NULL,
    went_well       VARCHAR(2000)  NOT NULL DEFAULT '',
    next_steps      VARCHAR(2000)  NOT NULL DEFAULT '',
    updated_at      DATETIME(6)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_observation_feedback FOREIGN KEY (observation_id) REFERENCES peer_observation (id),
    CONSTRAINT uq_observation_feedback UNIQUE (observation_id, person_id)
);
