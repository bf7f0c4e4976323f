-- What opening and `kliping check` compare an article's stored text with: the SHA-256 of its text fields (title, lede,
-- body and the rest, store.ContentHashes.TEXT_SHA256: keep the list below the same) as Kliping last wrote them, so a
-- byte damaged on disk is seen, and when it was last corrected by hand (edited_at, null when the text is what reading
-- its original gave, so a fresh reading of the original may be compared with it). A table of its own: a column added
-- to article comes after the original, and reading it would read every row's overflow pages.
CREATE TABLE article_text (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    sha256     TEXT NOT NULL,
    edited_at  TEXT
);
INSERT INTO article_text (article_id, sha256)
SELECT a.id, kliping_text_sha256(a.external_id, a.title, a.title_derived, a.lede, a.body, a.source, a.place, a.published,
    a.published_text, a.url, a.language, a.origin_name, a.imported_at, a.content_key, a.authors)
FROM article a;

-- Damage that `kliping check --repair` found and could not restore from inside the archive (an original whose bytes
-- no longer match their SHA-256): noted, so opening lets the archive be written again; `check` keeps listing it.
CREATE TABLE known_damage (
    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    part       TEXT NOT NULL,
    noted_at   TEXT NOT NULL,
    PRIMARY KEY (article_id, part)
);
