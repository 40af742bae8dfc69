-- A network's sessions: when, what (agenda), where (a room booked through the rooms context, kept
-- here by the booking's and room's ids without foreign keys, or an online link) and how many
-- places; and the places: booked, or waiting in the order people signed up.
CREATE TABLE network_session (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id    BIGINT         NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    agenda        VARCHAR(4000)  NOT NULL DEFAULT '',
    starts_at     DATETIME(6)    NOT NULL,
    ends_at       DATETIME(6)    NOT NULL,
    room_id       BIGINT,
    booking_id    BIGINT,
    place         VARCHAR(300),
    online_link   VARCHAR(2000),
    capacity      INT            NOT NULL,
    booked        INT            NOT NULL DEFAULT 0,
    cancelled     BOOLEAN        NOT NULL DEFAULT FALSE,
    created_by    BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_network_session FOREIGN KEY (network_id) REFERENCES network (id)
);
CREATE INDEX ix_network_session_when ON network_session (network_id, starts_at);
CREATE INDEX ix_network_session_starts ON network_session (starts_at);

CREATE TABLE network_session_place (
    session_id    BIGINT         NOT NULL,
    person_id     BIGINT         NOT NULL,
    state         VARCHAR(8)     NOT NULL,
    signed_at     DATETIME(6)    NOT NULL,
    attended      BOOLEAN,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_network_session_place FOREIGN KEY (session_id) REFERENCES network_session (id)
);
CREATE INDEX ix_session_place_person ON network_session_place (person_id, state);
CREATE INDEX ix_session_place_queue ON network_session_place (session_id, state, signed_at);
