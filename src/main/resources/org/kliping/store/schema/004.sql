-- Indexes for the sortable article list: a page of a 100k archive sorted by any column reads only that page.
CREATE INDEX article_title ON article (title COLLATE NOCASE);
CREATE INDEX article_source ON article (source COLLATE NOCASE);
CREATE INDEX article_place ON article (place COLLATE NOCASE);
CREATE INDEX article_published ON article (published);
CREATE INDEX article_unread ON article (is_read, imported_at);
CREATE INDEX article_starred ON article (starred, imported_at);
