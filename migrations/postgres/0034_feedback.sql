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
    body          BYTEA NOT NULL,
    answered_at   BIGINT NOT NULL,
    UNIQUE (booking_id, user_id, kind)
);
CREATE INDEX feedback_answers_person ON feedback_answers (user_id, counsellor_id, answered_at);

-- A client may share these answers with a counsellor: a fifth kind of share.
ALTER TABLE counsellor_shares DROP CONSTRAINT counsellor_shares_what_check;
ALTER TABLE counsellor_shares ADD CONSTRAINT counsellor_shares_what_check
    CHECK (what IN ('checkins', 'account', 'questionnaire', 'reflection', 'feedback'));
