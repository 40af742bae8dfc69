-- The audit trail: every administrative change, who made it, when, and the state before and after.
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor_id     BIGINT,
    actor_name   VARCHAR(200) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    subject_type VARCHAR(64)  NOT NULL,
    subject_id   BIGINT,
    summary      VARCHAR(400) NOT NULL,
    before_state LONGTEXT,
    after_state  LONGTEXT
);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_action ON audit_entry (action, occurred_at);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);
