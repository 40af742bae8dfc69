-- Open classrooms (issue 14): a teacher offers "come and watch me teach" on a day, at a period
-- (a label such as "Period 3") or between two times, for a class or year group and a subject, with
-- a focus area of the trust's list, a short description and a limit of visitors (1 to 30; taken
-- counts the places given, changed under the offer's row lock). OPEN or CANCELLED (with who and
-- when); reminded_at is set once the day-before reminder is sent, so that it is sent once.
CREATE TABLE open_classroom (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    teacher_id       BIGINT         NOT NULL,
    school_id        BIGINT         NOT NULL,
    held_on          DATE           NOT NULL,
    starts           TIME,
    ends             TIME,
    period_label     VARCHAR(40),
    class_group      VARCHAR(60)    NOT NULL,
    subject          VARCHAR(80)    NOT NULL,
    focus_area_id    BIGINT         NOT NULL,
    description      VARCHAR(1000)  NOT NULL DEFAULT '',
    visitor_limit    INT            NOT NULL,
    taken            INT            NOT NULL DEFAULT 0,
    state            VARCHAR(10)    NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    cancelled_by     BIGINT,
    cancelled_at     DATETIME(6),
    reminded_at      DATETIME(6),
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_open_classroom_area FOREIGN KEY (focus_area_id) REFERENCES focus_area (id)
);
CREATE INDEX ix_open_classroom_day ON open_classroom (state, held_on);
CREATE INDEX ix_open_classroom_teacher ON open_classroom (teacher_id, held_on);

-- Who signed up to watch, from which of their schools: BOOKED or WITHDRAWN. One row per person and
-- offer: signing up again after withdrawing reopens it.
CREATE TABLE open_classroom_visit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    open_classroom_id  BIGINT         NOT NULL,
    person_id          BIGINT         NOT NULL,
    school_id          BIGINT         NOT NULL,
    state              VARCHAR(10)    NOT NULL,
    signed_up_at       DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_open_classroom_visit UNIQUE (open_classroom_id, person_id),
    CONSTRAINT fk_open_classroom_visit FOREIGN KEY (open_classroom_id) REFERENCES open_classroom (id)
);
CREATE INDEX ix_open_classroom_visit_person ON open_classroom_visit (person_id, state);
