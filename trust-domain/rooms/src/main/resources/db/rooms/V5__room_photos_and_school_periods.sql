-- A room's optional photo: its bytes in the file store (content id = SHA-256 hex), the image type
-- found in the bytes, size, pixels and alternative text; all null when the room has none.
ALTER TABLE room ADD COLUMN photo_content_id CHAR(64) NULL;
ALTER TABLE room ADD COLUMN photo_type VARCHAR(20) NULL;
ALTER TABLE room ADD COLUMN photo_size BIGINT NULL;
ALTER TABLE room ADD COLUMN photo_width INT NULL;
ALTER TABLE room ADD COLUMN photo_height INT NULL;
ALTER TABLE room ADD COLUMN photo_alt VARCHAR(250) NULL;

-- A school's named periods (its Timetable), kept once per school like its closed days.
CREATE TABLE school_period (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    school_id BIGINT NOT NULL,
    name VARCHAR(40) NOT NULL,
    starts_at TIME NOT NULL,
    ends_at TIME NOT NULL
);
CREATE INDEX ix_school_period_school ON school_period (school_id, starts_at);
