-- The Trash: a deleted article keeps its row (tags, highlights and notes stay attached) and gets a row here with
-- the time it was deleted; lists, counts, stories and the index leave it out until it is restored or the Trash is
-- emptied. A table of its own rather than a column: a column added to article comes after the body, and reading
-- it in a listing's filter would read every row's overflow pages.
CREATE TABLE trash (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    deleted_at TEXT NOT NULL
);
