-- Schools, staff, their memberships and credentials, and the login throttle.
CREATE TABLE school (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    urn             CHAR(6)      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    phase           VARCHAR(32)  NOT NULL,
    local_authority VARCHAR(100),
    address         VARCHAR(400),
    head_teacher    VARCHAR(200),
    archived        BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_school_urn UNIQUE (urn)
);
CREATE INDEX ix_school_name ON school (name);

CREATE TABLE person (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    given_name  VARCHAR(100) NOT NULL,
    family_name VARCHAR(100) NOT NULL,
    job_title   VARCHAR(150),
    status      VARCHAR(16)  NOT NULL,
    left_at     DATETIME(6),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_email UNIQUE (email)
);
CREATE INDEX ix_person_family_name ON person (family_name, given_name);
CREATE INDEX ix_person_given_name ON person (given_name);

CREATE TABLE person_trust_role (
    person_id  BIGINT      NOT NULL,
    trust_role VARCHAR(32) NOT NULL,
    CONSTRAINT pk_person_trust_role PRIMARY KEY (person_id, trust_role),
    CONSTRAINT fk_trust_role_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE membership (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT      NOT NULL,
    school_id      BIGINT      NOT NULL,
    role           VARCHAR(32) NOT NULL,
    started_at     DATETIME(6) NOT NULL,
    ended_at       DATETIME(6),
    current_marker INT,
    CONSTRAINT fk_membership_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_membership_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_membership_current UNIQUE (person_id, school_id, current_marker)
);
CREATE INDEX ix_membership_school ON membership (school_id, current_marker, role);

CREATE TABLE credential (
    person_id     BIGINT       NOT NULL PRIMARY KEY,
    password_hash VARCHAR(512) NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_credential_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE login_throttle (
    throttle_key      VARCHAR(300) NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL,
    window_started_at DATETIME(6)  NOT NULL,
    locked_until      DATETIME(6)
);
