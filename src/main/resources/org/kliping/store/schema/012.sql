-- Two columns nothing reads: article.simhash (near-duplicates are found by the bottom-k sketches of
-- article_sketch) and near_duplicate.distance (always 0; a link is confirmed on full shingle sets or not made).
ALTER TABLE article DROP COLUMN simhash;
ALTER TABLE near_duplicate DROP COLUMN distance;
