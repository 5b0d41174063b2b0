-- The directory lists listed counsellors by name, a page at a time (issue 23): walked in
-- name order, a page stops after its twenty matches instead of sorting every match.
CREATE INDEX counsellor_profiles_by_name ON counsellor_profiles (full_name, user_id)
    WHERE status = 'verified' AND suspended_at IS NULL;
