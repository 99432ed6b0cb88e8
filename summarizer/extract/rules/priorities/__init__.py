"""Priorities from the text's own structure (guidelines §2), and each region's extractive headline."""

from summarizer.extract.rules.priorities.find import find_priorities
from summarizer.extract.rules.priorities.titles import categorize, headline_of, title_of

__all__ = ["categorize", "find_priorities", "headline_of", "title_of"]
