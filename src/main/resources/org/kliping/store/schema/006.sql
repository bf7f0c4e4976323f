-- Near-duplicate candidates are looked up in memory (store.SketchLookup), read from the sketch table once: an
-- index over random hashes got a new entry on most of its pages from every import batch, and rewriting them
-- was the largest share of an import's disk writes.
DROP INDEX sketch_hash_article;
