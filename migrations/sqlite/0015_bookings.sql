-- Counsellors' availability and bookings. Availability is weekly windows in the counsellor's
-- time zone plus exceptions (time off, extra hours) stored as instants; slots are computed,
-- never stored. A booking holds the counsellor from its start until held_until (the session
-- and the buffer after it). No two live bookings of one counsellor may overlap:
-- on SQLite the check and the insert run in one immediate (write-locked) transaction.

CREATE TABLE counsellor_rules (
    user_id         TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    session_minutes INTEGER NOT NULL CHECK (session_minutes BETWEEN 15 AND 240),
    buffer_minutes  INTEGER NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 120),
    notice_hours    INTEGER NOT NULL CHECK (notice_hours BETWEEN 0 AND 720),
    horizon_days    INTEGER NOT NULL CHECK (horizon_days BETWEEN 1 AND 365),
    cancel_hours    INTEGER NOT NULL CHECK (cancel_hours BETWEEN 0 AND 720),
    updated_at      INTEGER NOT NULL
);

CREATE TABLE availability_windows (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK (start_minute < end_minute)
);
CREATE INDEX availability_windows_counsellor ON availability_windows (counsellor_id);

CREATE TABLE availability_exceptions (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('off', 'extra')),
    starts_at     INTEGER NOT NULL,
    ends_at       INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX availability_exceptions_counsellor ON availability_exceptions (counsellor_id, ends_at);

CREATE TABLE bookings (
    id               TEXT PRIMARY KEY,
    counsellor_id    TEXT NOT NULL REFERENCES users (id),
    booked_by        TEXT NOT NULL REFERENCES users (id),
    space_id         TEXT REFERENCES spaces (id),
    kind             TEXT NOT NULL CHECK (kind IN ('individual', 'couple')),
    starts_at        INTEGER NOT NULL,
    ends_at          INTEGER NOT NULL,
    held_until       INTEGER NOT NULL,
    status           TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
    idempotency_key  TEXT NOT NULL,
    cancelled_at     INTEGER,
    cancelled_by     TEXT REFERENCES users (id),
    late_cancel      TEXT CHECK (late_cancel IN ('late')),
    rescheduled_from TEXT REFERENCES bookings (id),
    created_at       INTEGER NOT NULL,
    CHECK (starts_at < ends_at AND ends_at <= held_until),
    CHECK (kind = 'individual' OR space_id IS NOT NULL),
    UNIQUE (booked_by, idempotency_key)
);
CREATE INDEX bookings_counsellor ON bookings (counsellor_id, starts_at) WHERE status = 'booked';
CREATE INDEX bookings_member ON bookings (booked_by, starts_at);
CREATE INDEX bookings_space ON bookings (space_id, starts_at) WHERE space_id IS NOT NULL;
