-- Guides per language (issue 21): the language a guide is written in, and for a guide
-- written afresh in another language, the address of the guide it stands beside (hreflang).
ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE articles ADD COLUMN translation_of TEXT;
CREATE INDEX articles_translation ON articles (translation_of) WHERE translation_of IS NOT NULL;
