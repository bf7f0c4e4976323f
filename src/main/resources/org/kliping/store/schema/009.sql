-- Feeds followed (capture): each feed's address, the tags its articles get, what its server said last time (for
-- conditional requests), and every item already taken, by the feed's own id (guid) and by link, so an item is
-- fetched once. An item's article may be deleted later: the row stays, and the item is not fetched again.
CREATE TABLE feed (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    title         TEXT,
    tags          TEXT NOT NULL DEFAULT '',
    etag          TEXT,
    last_modified TEXT,
    last_fetched  TEXT,
    last_error    TEXT,
    added_at      TEXT NOT NULL
);

CREATE TABLE feed_item (
    feed_id    INTEGER NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    guid       TEXT NOT NULL,
    link       TEXT,
    article_id INTEGER REFERENCES article (id) ON DELETE SET NULL,
    PRIMARY KEY (feed_id, guid)
);
CREATE INDEX feed_item_link ON feed_item (link);
CREATE INDEX feed_item_article ON feed_item (article_id);

-- Clipping an address already in the archive is a duplicate: looked up by URL.
CREATE INDEX article_url ON article (url);
