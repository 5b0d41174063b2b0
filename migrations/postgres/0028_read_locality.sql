-- Reads of one member's history touch pages in proportion to what they read (see the SQLite
-- migration of the same name; PostgreSQL keeps heap tables, so only the indexes change).
--
-- Deleting an account cascades to the confirmations it made: without this, each deletion
-- read the whole table.
CREATE INDEX commitment_confirmations_by ON commitment_confirmations (confirmed_by);

-- The trust and safety trends read only these columns: an index-only scan answers them.
DROP INDEX checkins_author;
CREATE INDEX checkins_author ON checkins (author_id, created_at) INCLUDE (trust, safety);
