-- Near-duplicate candidates: each article's bottom-k shingle hashes (ingest.NearDuplicates.sketch).
CREATE TABLE sketch (
    hash       INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX sketch_hash ON sketch (hash);
CREATE INDEX sketch_article ON sketch (article_id);
