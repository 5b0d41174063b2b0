-- Reminders of unpaid invoices (issue 19): a fourth kind of optional mail, and when each
-- invoice was last reminded.
ALTER TABLE mail_opt_outs DROP CONSTRAINT mail_opt_outs_kind_check;
ALTER TABLE mail_opt_outs ADD CONSTRAINT mail_opt_outs_kind_check
    CHECK (kind IN ('session-reminders', 'program-reminders', 'message-notices', 'payment-reminders'));
ALTER TABLE invoices ADD COLUMN reminded_at BIGINT;
ALTER TABLE invoices ADD COLUMN reminders BIGINT NOT NULL DEFAULT 0;
CREATE INDEX invoices_unpaid ON invoices (issued_at) WHERE kind = 'invoice' AND paid_at IS NULL;
