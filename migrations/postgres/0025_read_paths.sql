-- Read paths found by the benchmarks (issue 8): shared writing is looked up by the space it
-- was shared into, and a space's former members are counted, without scanning whole tables.
CREATE INDEX statements_space ON statements (space_id) WHERE visibility = 'shared';
CREATE INDEX reflections_space ON reflections (space_id) WHERE visibility = 'shared';
CREATE INDEX needs_space ON needs (space_id) WHERE visibility = 'shared';
CREATE INDEX memberships_space_left ON memberships (space_id) WHERE left_at IS NOT NULL;
