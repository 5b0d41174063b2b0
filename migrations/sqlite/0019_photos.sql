-- Counsellors' photos: re-encoded on upload as a small JPEG (never the file as sent, so no
-- metadata such as location survives), shown on public profiles once listed.

CREATE TABLE counsellor_photos (
    user_id    TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    jpeg       BLOB NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
