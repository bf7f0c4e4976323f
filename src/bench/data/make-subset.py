#!/usr/bin/env python3
"""Rebuilds indosum-subset.jsonl.gz from the IndoSum conversion (articles.jsonl, see README.md).

Keeps only what the benchmark's corpus generator recombines: source, category, title, date, body.
Usage: python3 make-subset.py /path/to/indosum-articles/articles.jsonl
"""
import gzip
import json
import sys

src = sys.argv[1]
with open(src, encoding="utf-8") as f, gzip.GzipFile("indosum-subset.jsonl.gz", "wb", 9, mtime=0) as out:
    for line in f:
        r = json.loads(line)
        if not r.get("title") or not r.get("body"):
            continue
        keep = {k: r[k] for k in ("source", "category", "title", "date", "body")}
        out.write((json.dumps(keep, ensure_ascii=False) + "\n").encode("utf-8"))
