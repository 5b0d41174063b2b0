-- Reminders of unpaid invoices (issue 19): a fourth kind of optional mail, and when each
-- invoice was last reminded. SQLite cannot change a CHECK, so the table is rebuilt.
CREATE TABLE mail_opt_outs_new (
    user_id    TEXT NOT NULL REFERENCES users (id),
    kind       TEXT NOT NULL CHECK (kind IN ('session-reminders', 'program-reminders', 'message-notices', 'payment-reminders')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, kind)
);
INSERT INTO mail_opt_outs_new (user_id, kind, created_at) SELECT user_id, kind, created_at FROM mail_opt_outs;
DROP TABLE mail_opt_outs;
ALTER TABLE mail_opt_outs_new RENAME TO mail_opt_outs;
ALTER TABLE invoices ADD COLUMN reminded_at INTEGER;
ALTER TABLE invoices ADD COLUMN reminders INTEGER NOT NULL DEFAULT 0;
CREATE INDEX invoices_unpaid ON invoices (issued_at) WHERE kind = 'invoice' AND paid_at IS NULL;
