-- Stories: articles about one event, grouped by story.StoryClusterer. A story the user renamed, merged,
-- split or moved an article into or out of is 'edited': re-clustering leaves it and its articles alone.
CREATE TABLE story (
    id       INTEGER PRIMARY KEY,
    title    TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '',
    edited   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE story_article (
    article_id INTEGER PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id   INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE
);
CREATE INDEX story_article_story ON story_article (story_id);
