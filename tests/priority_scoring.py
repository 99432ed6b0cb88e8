"""A hand-written text's priorities scored by the project's own scorer (guidelines §5): the gold the
genre test files write for each text, and the listing a failed assertion shows."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.evals.gold import GoldFile, GoldPriority, GoldRegion
from summarizer.evals.score import score_article
from summarizer.extract.pipeline import summarize_text
from summarizer.schema import ArticleSummary

Labelled = tuple[str, str, str]
"""A gold priority as (category, title, quote)."""


def quoted(quotes: Sequence[str]) -> list[Labelled]:
    """Priorities given by their quotes only (matching reads the quote; the category is not scored)."""
    return [("governance", quote, quote) for quote in quotes]


def priority_gold(name: str, region: str | None, priorities: Sequence[Labelled]) -> GoldFile:
    return GoldFile(
        article=name,
        file=f"{name}.txt",
        sha256="0" * 64,
        plan_year=None,
        regions=[GoldRegion(name=region)] if region else [],
        priorities=[
            GoldPriority(region=region, category=category, title=title, quote=quote)  # type: ignore[arg-type]
            for category, title, quote in priorities
        ],
        targets=[],
    )


def quotes_of(text: str) -> list[str]:
    """The quotes of the priorities the whole pipeline finds in a hand-written text."""
    return [priority.quote for priority in summarize_text(text).priorities]


def listing(summary: ArticleSummary) -> str:
    return "\n".join(f"{p.region} [{p.category}] {p.title} | {p.quote}" for p in summary.priorities)


def assert_exactly_these_priorities(
    name: str, text: str, region: str | None, priorities: Sequence[Labelled]
) -> None:
    """Every gold priority found and nothing else (TP = all, FP = FN = 0), as `summarizer eval` scores."""
    summary = summarize_text(text)
    gold = priority_gold(name, region, priorities)
    scores = score_article(gold, summary, summary.cleaned_text or text).scores.priorities
    assert (scores.tp, scores.fp, scores.fn) == (len(priorities), 0, 0), listing(summary)
