-- Two-factor sign-in (issue 7). The secret is sealed under the person's own data key;
-- totp_last_step holds the newest step a code was accepted for, so no code works twice.
ALTER TABLE users ADD COLUMN totp_secret BYTEA;
ALTER TABLE users ADD COLUMN totp_enabled_at BIGINT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

-- A deleted account keeps only a row with no email, name or secrets, so that bookings,
-- a counsellor's kept records and the audit log still point somewhere.
ALTER TABLE users ADD COLUMN deleted_at BIGINT;

-- When the session last proved who it is (sign-in or re-entering the password):
-- sensitive actions ask again after ten minutes.
ALTER TABLE sessions ADD COLUMN authenticated_at BIGINT NOT NULL DEFAULT 0;

CREATE TABLE recovery_codes (
    user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

-- A password that matched, waiting for its second factor. Only the hash of the cookie's token.
CREATE TABLE pending_logins (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    next_path  TEXT,
    expires_at BIGINT NOT NULL
);
CREATE INDEX pending_logins_user ON pending_logins (user_id);

-- A change of sign-in email, waiting for the new address to confirm it.
CREATE TABLE email_changes (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    new_email  TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
