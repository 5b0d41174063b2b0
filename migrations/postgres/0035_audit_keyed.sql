-- The audit chain is keyed (issue 17): each entry's tag is an HMAC under a key derived from the
-- master key, so someone who can write the database but has not the key cannot rewrite history
-- and recompute the chain. `keyed` turns 1 when this version first starts and re-tags the
-- entries already there (after checking their old, unkeyed chain); from then on only keyed
-- tags verify.
ALTER TABLE audit_head ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;
