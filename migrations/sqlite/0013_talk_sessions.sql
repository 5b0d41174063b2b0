-- Step 4: what became of each agreed talk (held or missed, recorded by either member once
-- it has ended), and a pause either member can call during an open talk.

CREATE TABLE talk_outcomes (
    space_id      TEXT NOT NULL REFERENCES spaces (id),
    occurrence_at INTEGER NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('held', 'missed')),
    recorded_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
    recorded_at   INTEGER NOT NULL,
    PRIMARY KEY (space_id, occurrence_at)
);

CREATE TABLE talk_pauses (
    space_id      TEXT NOT NULL REFERENCES spaces (id),
    occurrence_at INTEGER NOT NULL,
    paused_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    paused_at     INTEGER NOT NULL,
    resumed_at    INTEGER,
    PRIMARY KEY (space_id, occurrence_at)
);
