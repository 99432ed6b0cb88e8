"""Ingest: read an article (any encoding, HTML, JSONL), clean it, find its regions, sections and plan year."""
