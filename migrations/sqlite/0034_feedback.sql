-- Measurement-based care (issue 16): each attending person's answers before a session (how
-- they are doing) and after it (how it was for them), sealed under the person's own key and
-- tied to the booking and the instrument's version. One row per person, booking and kind,
-- replaced while the form is open. The partner reads none of it, not even whether it exists.

CREATE TABLE feedback_answers (
    id            TEXT PRIMARY KEY,
    booking_id    TEXT NOT NULL REFERENCES bookings (id),
    user_id       TEXT NOT NULL REFERENCES users (id),
    counsellor_id TEXT NOT NULL REFERENCES users (id),
    kind          TEXT NOT NULL CHECK (kind IN ('before', 'after')),
    version       INTEGER NOT NULL,
    body          BLOB NOT NULL,
    answered_at   INTEGER NOT NULL,
    UNIQUE (booking_id, user_id, kind)
);
CREATE INDEX feedback_answers_person ON feedback_answers (user_id, counsellor_id, answered_at);

-- A client may share these answers with a counsellor: a fifth kind of share. SQLite cannot
-- change a CHECK, so the table is rebuilt with its rows (nothing refers to it).
CREATE TABLE counsellor_shares_new (
    id            TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    what          TEXT NOT NULL CHECK (what IN ('checkins', 'account', 'questionnaire', 'reflection', 'feedback')),
    item_id       TEXT NOT NULL DEFAULT '',
    granted_at    INTEGER NOT NULL,
    revoked_at    INTEGER
);
INSERT INTO counsellor_shares_new (id, client_id, counsellor_id, what, item_id, granted_at, revoked_at)
    SELECT id, client_id, counsellor_id, what, item_id, granted_at, revoked_at FROM counsellor_shares;
DROP TABLE counsellor_shares;
ALTER TABLE counsellor_shares_new RENAME TO counsellor_shares;
CREATE UNIQUE INDEX counsellor_shares_live ON counsellor_shares (client_id, counsellor_id, what, item_id)
    WHERE revoked_at IS NULL;
