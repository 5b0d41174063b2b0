-- Counsellors: one profile per counsellor account. Profiles are public once verified, so
-- they are plain text; nothing here is client content. A profile is listed only while it is
-- verified, not suspended, and its licence has not expired (license_expires_at is the start
-- of the day after the last valid day, in the counsellor's zone).

CREATE TABLE counsellor_profiles (
    user_id            TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    full_name          TEXT NOT NULL,
    title              TEXT NOT NULL,
    bio                TEXT NOT NULL,
    gender             TEXT NOT NULL DEFAULT '',
    license_number     TEXT NOT NULL,
    licensing_body     TEXT NOT NULL,
    jurisdiction       TEXT NOT NULL,
    license_expires_on TEXT NOT NULL,
    license_expires_at INTEGER NOT NULL,
    specialties        TEXT NOT NULL DEFAULT '',
    approaches         TEXT NOT NULL DEFAULT '',
    languages          TEXT NOT NULL DEFAULT '',
    formats            TEXT NOT NULL DEFAULT '',
    fee_minor          INTEGER NOT NULL,
    currency           TEXT NOT NULL,
    time_zone          TEXT NOT NULL,
    search_text        TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'submitted', 'verified', 'rejected')),
    rejection_reason   TEXT,
    submitted_at       INTEGER,
    verified_at        INTEGER,
    verified_by        TEXT REFERENCES users (id) ON DELETE SET NULL,
    suspended_at       INTEGER,
    suspension_reason  TEXT,
    expiry_notice_for  TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX counsellor_profiles_listed ON counsellor_profiles (status, license_expires_at)
    WHERE suspended_at IS NULL;
CREATE INDEX counsellor_profiles_queue ON counsellor_profiles (submitted_at) WHERE status = 'submitted';
