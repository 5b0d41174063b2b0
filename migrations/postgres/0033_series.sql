-- Session series (issue 15): a run of bookings at the same local time in the counsellor's zone
-- every one or two weeks. Each occurrence is an ordinary booking (so the never-overlap rule,
-- cancelling, moving, reminders and feeds hold for it unchanged) that names its series; the
-- series row keeps how often it repeats and the key that makes a retried request harmless.

CREATE TABLE booking_series (
    id              TEXT PRIMARY KEY,
    counsellor_id   TEXT NOT NULL REFERENCES users (id),
    booked_by       TEXT NOT NULL REFERENCES users (id),
    made_by         TEXT NOT NULL REFERENCES users (id),
    every_weeks     INTEGER NOT NULL CHECK (every_weeks IN (1, 2)),
    idempotency_key TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    UNIQUE (made_by, idempotency_key)
);
CREATE INDEX booking_series_counsellor ON booking_series (counsellor_id);
CREATE INDEX booking_series_booked_by ON booking_series (booked_by);

ALTER TABLE bookings ADD COLUMN series_id TEXT REFERENCES booking_series (id);
CREATE INDEX bookings_series ON bookings (series_id, starts_at) WHERE series_id IS NOT NULL;
