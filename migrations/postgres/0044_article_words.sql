-- A guide's word count, kept with its body on every write (issue 23): lists and pages show
-- reading time without counting the words of every guide they name on every view. Guides
-- written before this are counted once at start-up (NULL until then).
ALTER TABLE articles ADD COLUMN words INTEGER;
