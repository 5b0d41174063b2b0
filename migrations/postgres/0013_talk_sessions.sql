-- Step 4: what became of each agreed talk (held or missed, recorded by either member once
-- it has ended), and a pause either member can call during an open talk.

CREATE TABLE talk_outcomes (
    space_id      TEXT NOT NULL REFERENCES spaces (id),
    occurrence_at BIGINT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('held', 'missed')),
    recorded_by   TEXT REFERENCES users (id) ON DELETE SET NULL,
    recorded_at   BIGINT NOT NULL,
    PRIMARY KEY (space_id, occurrence_at)
);

CREATE TABLE talk_pauses (
    space_id      TEXT NOT NULL REFERENCES spaces (id),
    occurrence_at BIGINT NOT NULL,
    paused_by     TEXT REFERENCES users (id) ON DELETE SET NULL,
    paused_at     BIGINT NOT NULL,
    resumed_at    BIGINT,
    PRIMARY KEY (space_id, occurrence_at)
);
