-- Calendar files in mail (sealed like the body, blanked once sent), reminders before
-- sessions (each kind claimed once per booking, whichever instance sends it), and private
-- calendar feeds (only the token's hash is kept; revoking deletes the row).

ALTER TABLE outbox ADD COLUMN calendar BYTEA;

CREATE INDEX bookings_upcoming ON bookings (starts_at) WHERE status = 'booked';

CREATE TABLE booking_reminders (
    booking_id TEXT NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('day', 'hour')),
    sent_at    BIGINT NOT NULL,
    PRIMARY KEY (booking_id, kind)
);

CREATE TABLE calendar_feeds (
    user_id    TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
