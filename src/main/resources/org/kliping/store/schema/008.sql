-- The writers an article names (a byline, JSON-LD author, meta author), one a line in page order; NULL when none.
ALTER TABLE article ADD COLUMN authors TEXT;
