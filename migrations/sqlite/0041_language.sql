-- The language an account reads DilTalks in (issue 21): 'en' or 'hi'; NULL follows the
-- browser (its dt_lang cookie, then Accept-Language).
ALTER TABLE users ADD COLUMN language TEXT;
