-- Scheduled jobs that must run once per cluster: the instance that inserts the row of a job's time
-- slot first does the work; every other instance finds the key taken and leaves it.
CREATE TABLE job_run (
    claim_key   VARCHAR(200) NOT NULL PRIMARY KEY,
    job         VARCHAR(100) NOT NULL,
    slot        VARCHAR(40)  NOT NULL,
    claimed_by  VARCHAR(200) NOT NULL,
    claimed_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)
);
CREATE INDEX ix_job_run_job ON job_run (job, claimed_at);
