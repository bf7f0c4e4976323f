-- Kliping archive schema, version 1. Every mutation of an article's searchable state stamps it with
-- the next value of change_seq.value (deletions leave a tombstone), so the index can catch up.
CREATE TABLE change_seq (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO change_seq (id, value) VALUES (1, 0);

CREATE TABLE article (
    id             INTEGER PRIMARY KEY,
    external_id    TEXT,
    title          TEXT NOT NULL,
    title_derived  INTEGER NOT NULL DEFAULT 0,
    lede           TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    source         TEXT,
    place          TEXT,
    published      TEXT,
    published_text TEXT,
    url            TEXT,
    language       TEXT NOT NULL DEFAULT 'id',
    origin_name    TEXT,
    imported_at    TEXT NOT NULL,
    original       BLOB NOT NULL,
    sha256         TEXT NOT NULL,
    content_key    TEXT NOT NULL UNIQUE,
    simhash        INTEGER,
    starred        INTEGER NOT NULL DEFAULT 0,
    is_read        INTEGER NOT NULL DEFAULT 0,
    seq            INTEGER NOT NULL
);
CREATE INDEX article_seq ON article (seq);
CREATE INDEX article_imported ON article (imported_at, id);
CREATE INDEX article_external ON article (external_id);

CREATE TABLE tombstone (
    article_id INTEGER PRIMARY KEY,
    seq        INTEGER NOT NULL
);
CREATE INDEX tombstone_seq ON tombstone (seq);

CREATE TABLE tag (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    color    TEXT
);

CREATE TABLE article_tag (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tag_tag ON article_tag (tag_id);

CREATE TABLE annotation (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_pos  INTEGER NOT NULL,
    end_pos    INTEGER NOT NULL,
    quote      TEXT NOT NULL,
    prefix     TEXT NOT NULL DEFAULT '',
    suffix     TEXT NOT NULL DEFAULT '',
    note       TEXT,
    color      TEXT,
    tags       TEXT NOT NULL DEFAULT '',
    state      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX annotation_article ON annotation (article_id);

CREATE TABLE note (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX note_article ON note (article_id);

CREATE TABLE saved_search (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query TEXT NOT NULL
);

CREATE TABLE near_duplicate (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    other_id   INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    distance   INTEGER NOT NULL,
    PRIMARY KEY (article_id, other_id)
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
