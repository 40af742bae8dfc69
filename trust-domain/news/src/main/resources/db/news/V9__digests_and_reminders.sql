-- Who chose a news digest (no row: none), the token of the one-click unsubscribe link in each
-- digest, and until when the last digest covered news. People are membership's: ids, no foreign key.
CREATE TABLE news_digest (
    person_id    BIGINT      NOT NULL PRIMARY KEY,
    frequency    VARCHAR(10) NOT NULL,
    token        VARCHAR(64) NOT NULL,
    chosen_at    DATETIME(6) NOT NULL,
    last_sent_at DATETIME(6),
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_news_digest_token UNIQUE (token)
);
CREATE INDEX ix_news_digest_frequency ON news_digest (frequency);

-- Each must-read reminder sent: when, by whom, to how many readers.
CREATE TABLE post_reminder (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id    BIGINT      NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    sent_by    BIGINT      NOT NULL,
    recipients INT         NOT NULL,
    CONSTRAINT fk_reminder_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
);
CREATE INDEX ix_reminder_post ON post_reminder (post_id, sent_at);
