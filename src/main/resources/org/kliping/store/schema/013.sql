-- What an article read from paper (a PDF or a page image) keeps beside its text: the original's media type,
-- how the text was recognised (null engine: a PDF text layer), and its words with their boxes on the page
-- (one text value per article, a line per word: page, x, y, width, height, confidence, start, end, text,
-- tab-separated; always read and written whole). The original file itself is article.original.
CREATE TABLE article_paper (
    article_id     INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    media_type     TEXT NOT NULL,
    ocr_engine     TEXT,
    ocr_languages  TEXT,
    ocr_confidence REAL,
    dpi            INTEGER NOT NULL,
    words          TEXT NOT NULL
);
