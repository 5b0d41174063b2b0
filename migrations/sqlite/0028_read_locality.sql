-- Reads of one member's or one space's history touch pages in proportion to what they read,
-- not to the size of the database (bench/README.md, the scale curve with the direct read path).
--
-- A commitment's confirmations are stored together, in key order: WITHOUT ROWID makes the
-- primary key the table itself, so the journey's and the actions page's read of a space's
-- confirmations no longer fetches each row from wherever it was appended among everyone's.
CREATE TABLE commitment_confirmations_new (
    commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    occurrence_at INTEGER NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('kept', 'partly', 'missed')),
    note          BLOB,
    confirmed_by  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    confirmed_at  INTEGER NOT NULL,
    PRIMARY KEY (commitment_id, occurrence_at)
) WITHOUT ROWID;
INSERT INTO commitment_confirmations_new
    SELECT commitment_id, occurrence_at, outcome, note, confirmed_by, confirmed_at FROM commitment_confirmations;
DROP TABLE commitment_confirmations;
ALTER TABLE commitment_confirmations_new RENAME TO commitment_confirmations;
-- Deleting an account cascades to the confirmations it made: without this, each deletion
-- read the whole table.
CREATE INDEX commitment_confirmations_by ON commitment_confirmations (confirmed_by);

-- The trust and safety trends read only these columns: the index answers them alone.
DROP INDEX checkins_author;
CREATE INDEX checkins_author ON checkins (author_id, created_at, trust, safety);
