-- A couple as one client of a counsellor (issue 15): the counsellor's notes about the couple,
-- sealed under the counsellor's key, and exercises for the couple, sealed under the space's
-- key so both partners read them, with each partner's own done mark. What the couple is to a
-- counsellor follows from couple bookings; nothing here records it.

CREATE TABLE couple_notes (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id      TEXT NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    body          BLOB NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX couple_notes_space ON couple_notes (counsellor_id, space_id, created_at);

CREATE TABLE couple_exercises (
    id            TEXT PRIMARY KEY,
    counsellor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id      TEXT NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    body          BLOB NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX couple_exercises_space ON couple_exercises (space_id, created_at);

CREATE TABLE couple_exercise_done (
    exercise_id TEXT NOT NULL REFERENCES couple_exercises (id) ON DELETE CASCADE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    done_at     INTEGER NOT NULL,
    PRIMARY KEY (exercise_id, user_id)
);
CREATE INDEX couple_exercise_done_user ON couple_exercise_done (user_id);
