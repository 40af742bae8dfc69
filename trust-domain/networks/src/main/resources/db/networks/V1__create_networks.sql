-- Staff networks across the trust's schools (phase or role networks, subject networks, hubs) and
-- their members. People belong to the membership context: their ids are kept here without foreign
-- keys. Sessions and coaching come in later migrations.
CREATE TABLE network (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(120)   NOT NULL,
    purpose       VARCHAR(4000)  NOT NULL,
    kind          VARCHAR(16)    NOT NULL,
    joining       VARCHAR(16)    NOT NULL,
    cohort        BOOLEAN        NOT NULL DEFAULT FALSE,
    ends_on       DATE,
    created_by    BIGINT         NOT NULL,
    created_at    DATETIME(6)    NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_network_name UNIQUE (name)
);
CREATE INDEX ix_network_kind ON network (kind, name);

-- One row per person and network: a lead or member (ACTIVE), someone who asked to join
-- (REQUESTED) or someone invited (INVITED). A cohort's membership lapses on lapses_on (the end of
-- the academic year) unless renewed; a leaver's rows are removed.
CREATE TABLE network_member (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    network_id    BIGINT         NOT NULL,
    person_id     BIGINT         NOT NULL,
    role          VARCHAR(8)     NOT NULL,
    state         VARCHAR(12)    NOT NULL,
    lapses_on     DATE,
    since         DATETIME(6)    NOT NULL,
    CONSTRAINT fk_network_member FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT uq_network_member UNIQUE (network_id, person_id)
);
CREATE INDEX ix_network_member_person ON network_member (person_id, state);
CREATE INDEX ix_network_member_state ON network_member (network_id, state, role);
