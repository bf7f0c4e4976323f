-- Each article's sketch in one row: its hashes as one blob of 8-byte big-endian values, in sketch order. Eight
-- rows per article cost an import about a second of SQLite time and 25 MB of table and index at 100,000 articles
-- (decision 0014); the lookup reads them all once either way (store.SketchLookup).
CREATE TABLE article_sketch (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    hashes     BLOB NOT NULL
);
INSERT INTO article_sketch (article_id, hashes)
SELECT article_id, unhex(group_concat(printf('%016X', hash), '' ORDER BY rowid))
FROM sketch
GROUP BY article_id;
DROP TABLE sketch;
