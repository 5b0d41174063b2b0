-- One-click unsubscribe (RFC 8058): the kinds of optional mail a member has turned off, and
-- the signed link a queued message offers for its kind.
CREATE TABLE mail_opt_outs (
    user_id    TEXT NOT NULL REFERENCES users (id),
    kind       TEXT NOT NULL CHECK (kind IN ('session-reminders', 'program-reminders', 'message-notices')),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, kind)
);
ALTER TABLE outbox ADD COLUMN unsubscribe TEXT;
