"""Each region's headline: the leader's lead sentence, taken from the text (extractive), for any backend."""

from __future__ import annotations

from summarizer.extract.rules.priorities import headline_of
from summarizer.extract.rules.text import TextIndex
from summarizer.ingest.prepare import PreparedArticle
from summarizer.schema import Region


def regions_with_headlines(article: PreparedArticle, index: TextIndex | None = None) -> list[Region]:
    """The article's regions, each with the lead sentence of its first section (`index`: the article's
    TextIndex when the caller has one)."""
    index = index or TextIndex(article.text)
    regions = [region.model_copy() for region in article.regions()]
    for region in regions:
        section = next(s for s in article.sections if s.region is not None and s.region.name == region.name)
        region.headline = headline_of(article.text, index, section.start, section.end)
    return regions
