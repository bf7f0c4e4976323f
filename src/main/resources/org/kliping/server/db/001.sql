-- The team archive's truth (decision 0022). One file per migration; ServerDatabase.LATEST names the last.
CREATE TABLE users (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'reader')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- tokens are kept as SHA-256 of the token: a copy of this table gives no one access
CREATE TABLE token (
    hash        TEXT PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE article (
    id              BIGSERIAL PRIMARY KEY,
    version         INT NOT NULL DEFAULT 1,
    external_id     TEXT,
    title           TEXT NOT NULL,
    title_derived   BOOLEAN NOT NULL DEFAULT FALSE,
    lede            TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL,
    source          TEXT,
    place           TEXT,
    published       DATE,
    published_text  TEXT,
    url             TEXT,
    language        TEXT,
    origin_name     TEXT,
    imported_at     TIMESTAMPTZ NOT NULL,
    sha256          TEXT NOT NULL UNIQUE,
    original        BYTEA NOT NULL,
    authors         TEXT[] NOT NULL DEFAULT '{}',
    created_by      BIGINT REFERENCES users(id),
    deleted_at      TIMESTAMPTZ,
    deleted_by      BIGINT REFERENCES users(id)
);
CREATE INDEX article_live ON article (id DESC) WHERE deleted_at IS NULL;
CREATE TABLE article_tag (
    article_id  BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    user_id     BIGINT REFERENCES users(id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, tag)
);
CREATE TABLE annotation (
    id          BIGSERIAL PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    start_at    INT NOT NULL,
    end_at      INT NOT NULL,
    quote       TEXT NOT NULL,
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    note        TEXT,
    color       TEXT,
    state       TEXT NOT NULL DEFAULT 'anchored',
    user_id     BIGINT REFERENCES users(id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX annotation_article ON annotation (article_id);
CREATE TABLE note (
    id          BIGSERIAL PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    user_id     BIGINT REFERENCES users(id),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX note_article ON note (article_id);
-- who wrote what, when: one row per write, in the write's own transaction
CREATE TABLE audit (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    user_id     BIGINT REFERENCES users(id),
    user_name   TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT,
    detail      TEXT
);
-- the change sequence the index follows: every write adds the articles it changed, in its own transaction
CREATE TABLE outbox (
    seq         BIGSERIAL PRIMARY KEY,
    article_id  BIGINT NOT NULL,
    at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE index_state (
    name        TEXT PRIMARY KEY,
    applied     BIGINT NOT NULL
);
