-- A school's closed days (holidays, INSET days): its term calendar, kept once per school and read
-- by every room of the school. One row per day (a range entered on the screen becomes its days),
-- so "is the school closed on this date" is one indexed look-up; the screens show runs of days
-- with the same reason as ranges again. (closed_on, not day: DAY is a keyword in H2.)
CREATE TABLE closed_day (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id  BIGINT        NOT NULL,
    closed_on  DATE          NOT NULL,
    reason     VARCHAR(120)  NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT uq_closed_day UNIQUE (school_id, closed_on)
);

-- A recurring booking as its organiser asked for it: a pattern (DAILY on school days, WEEKLY,
-- FORTNIGHTLY, MONTHLY on the same weekday of the month), every interval_count of them, until a
-- date or for a number of occurrences. Its occurrences are ordinary bookings that name it.
CREATE TABLE booking_series (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    room_id          BIGINT        NOT NULL,
    pattern          VARCHAR(16)   NOT NULL,
    interval_count   INT           NOT NULL,
    until_date       DATE,
    occurrence_count INT,
    organiser_id     BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_series_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT ck_series_end CHECK (until_date IS NOT NULL OR occurrence_count IS NOT NULL)
);

ALTER TABLE booking ADD COLUMN series_id BIGINT NULL;
ALTER TABLE booking ADD CONSTRAINT fk_booking_series FOREIGN KEY (series_id) REFERENCES booking_series (id);
-- "This and the rest of the series".
CREATE INDEX ix_booking_series ON booking (series_id, starts_at);
