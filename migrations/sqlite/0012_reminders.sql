-- Step 3: reminders before a commitment falls due, for makers who ask for them. remind_at
-- is the next moment to send one (NULL when reminders are off or nothing is left to remind
-- of); commitment_reminders records each one sent, so that with several instances running
-- the task, each reminder goes out once.

ALTER TABLE commitments ADD COLUMN remind_at INTEGER;
CREATE INDEX commitments_remind ON commitments (remind_at) WHERE remind_at IS NOT NULL;

CREATE TABLE commitment_reminders (
    commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    occurrence_at INTEGER NOT NULL,
    sent_at       INTEGER NOT NULL,
    PRIMARY KEY (commitment_id, occurrence_at)
);
