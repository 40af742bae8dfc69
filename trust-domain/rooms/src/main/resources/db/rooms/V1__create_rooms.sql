-- Rooms that schools lend each other, and their bookings.
-- Schools and people belong to the membership context: their ids are kept here without foreign keys.
CREATE TABLE room (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id         BIGINT        NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    capacity          INT           NOT NULL,
    facilities        VARCHAR(200)  NOT NULL DEFAULT '',
    location          VARCHAR(200),
    directions        VARCHAR(1000),
    sharing           VARCHAR(16)   NOT NULL,
    approval_required BOOLEAN       NOT NULL DEFAULT FALSE,
    archived          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_room_school ON room (school_id, archived, name);
CREATE INDEX ix_room_sharing ON room (sharing, archived, name);

-- A booking of a room from starts_at (inclusive) to ends_at (exclusive), both UTC instants. Two
-- CONFIRMED or PENDING bookings of one room never overlap: the booking transaction locks the room's
-- row before it looks for clashes (RoomRepository.lockForBooking).
CREATE TABLE booking (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id        BIGINT        NOT NULL,
    starts_at      DATETIME(6)   NOT NULL,
    ends_at        DATETIME(6)   NOT NULL,
    title          VARCHAR(120)  NOT NULL,
    purpose        VARCHAR(1000),
    attendees      INT           NOT NULL,
    organiser_id   BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    decline_reason VARCHAR(500),
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_booking_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT ck_booking_times CHECK (ends_at > starts_at)
);
-- "The bookings of a room in a time range": starts before the range ends, ends after it starts.
CREATE INDEX ix_booking_room_time ON booking (room_id, starts_at, ends_at);
-- "My bookings": a person's upcoming bookings.
CREATE INDEX ix_booking_organiser ON booking (organiser_id, starts_at);
