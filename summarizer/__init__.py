"""summarizer: structured, checkable briefings from Chinese local-government policy articles."""

__version__ = "0.1.0"
