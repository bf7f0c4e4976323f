-- Near-duplicate links in one b-tree keyed by the pair (no rowid table beside its primary key index), and without
-- foreign keys: checking both ends of every row was most of the time an import of syndicated news spent writing
-- its links (ArticleStore.linkNearDuplicates checks each end once instead). A link is held both ways, so the
-- trigger finds an article's links and their mirrors by the key, where ON DELETE CASCADE on other_id scanned the table.
CREATE TABLE near_duplicate_new (
    article_id INTEGER NOT NULL,
    other_id   INTEGER NOT NULL,
    PRIMARY KEY (article_id, other_id)
) WITHOUT ROWID;
INSERT INTO near_duplicate_new (article_id, other_id)
    SELECT article_id, other_id FROM near_duplicate WHERE article_id <> other_id
    UNION SELECT other_id, article_id FROM near_duplicate WHERE article_id <> other_id;
DROP TABLE near_duplicate;
ALTER TABLE near_duplicate_new RENAME TO near_duplicate;
-- (the trigger's body is on one line: Migrations splits a script at a semicolon that ends a line)
CREATE TRIGGER near_duplicate_of_deleted_article AFTER DELETE ON article BEGIN
    DELETE FROM near_duplicate WHERE other_id = old.id AND article_id IN (SELECT other_id FROM near_duplicate WHERE article_id = old.id); DELETE FROM near_duplicate WHERE article_id = old.id; END;
