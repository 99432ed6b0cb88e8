"""Ingest: read an article (any encoding, HTML, JSONL), choose the articles of a directory, clean it, find its
regions, sections and plan year."""
