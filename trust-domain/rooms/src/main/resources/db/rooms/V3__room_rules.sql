-- Per-room booking rules (RoomRules): bookable hours per weekday as "MONDAY=08:00-18:00,..." (days
-- left out are closed), the shortest and longest booking in minutes, and how many days ahead. Every
-- room, new or existing, starts with Monday to Friday 08:00-18:00, 15 minutes to 10 hours, 90 days.
ALTER TABLE room ADD COLUMN bookable_hours VARCHAR(200) NOT NULL
    DEFAULT 'MONDAY=08:00-18:00,TUESDAY=08:00-18:00,WEDNESDAY=08:00-18:00,THURSDAY=08:00-18:00,FRIDAY=08:00-18:00';
ALTER TABLE room ADD COLUMN min_minutes INT NOT NULL DEFAULT 15;
ALTER TABLE room ADD COLUMN max_minutes INT NOT NULL DEFAULT 600;
ALTER TABLE room ADD COLUMN days_ahead INT NOT NULL DEFAULT 90;

-- The approval queue: a school's PENDING requests, oldest first.
CREATE INDEX ix_booking_status_created ON booking (status, created_at);
