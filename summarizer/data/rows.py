"""One ArticleSummary flattened into rows of the tables in `tables`: stable ids, the article, the region's
official, the category of a target's priority, spans, and the run's provenance on every row."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from summarizer.errors import public_url
from summarizer.extract.records import config_key
from summarizer.schema import ArticleSummary, Priority, Region, Target, enclosing_category
from summarizer.text import locate_quote

Row = dict[str, Any]

STATUS_RANK = {"failed": 0, "partial": 1, "ok": 2}
"""A record of the same article and configuration replaces another only when it ranks higher."""


@dataclass(frozen=True)
class RunInfo:
    """What a summary does not say about its run: when it was made, and where it was read from."""

    date: str
    source: str


@dataclass
class SummaryRows:
    """The rows of one summary, one list per table."""

    key: str
    sha256: str
    config_key: str
    status: str
    article: Row
    regions: list[Row] = field(default_factory=list)
    priorities: list[Row] = field(default_factory=list)
    targets: list[Row] = field(default_factory=list)


def article_key(summary: ArticleSummary, configuration: str | None = None) -> str:
    """A summary's stable id: the first 16 hex digits of its article's sha256, a dash, its config key."""
    return f"{summary.sha256[:16]}-{configuration or config_key(summary.provenance)}"


def summary_rows(summary: ArticleSummary, run: RunInfo) -> SummaryRows:
    """Every row a summary contributes, under its article_key; item ids add -r/-p/-t and the item's
    1-based position."""
    configuration = config_key(summary.provenance)
    key = article_key(summary, configuration)
    keys = {"article_key": key, "sha256": summary.sha256, "config_key": configuration}
    common = {**reference_columns(summary), **keys, **provenance_columns(summary, run)}
    officials = region_officials(summary.regions)
    positions = priority_positions(summary)
    return SummaryRows(
        key=key,
        sha256=summary.sha256,
        config_key=configuration,
        status=summary.status,
        article=article_row(summary, run, common),
        regions=[region_row(region, n, common) for n, region in enumerate(summary.regions, start=1)],
        priorities=[
            priority_row(priority, n, common, officials) for n, priority in enumerate(summary.priorities, 1)
        ],
        targets=[
            target_row(target, n, common, officials, summary, positions)
            for n, target in enumerate(summary.targets, start=1)
        ],
    )


def distinct_records(records: Iterable[SummaryRows]) -> list[SummaryRows]:
    """One record per article key, where the key first appears: the best status, the later of a tie (a
    corpus run appends the record of a rerun after the one it redoes)."""
    kept: dict[str, SummaryRows] = {}
    for record in records:
        known = kept.get(record.key)
        if known is None or STATUS_RANK[record.status] >= STATUS_RANK[known.status]:
            kept[record.key] = record
    return list(kept.values())


def reference_columns(summary: ArticleSummary) -> Row:
    return {
        "source": summary.source_path,
        "article_title": summary.title,
        "article_date": summary.date,
        "url": summary.url,
        "article_id": summary.article_id,
        "plan_year": summary.plan_year,
    }


def provenance_columns(summary: ArticleSummary, run: RunInfo) -> Row:
    provenance = summary.provenance
    return {
        "backend": provenance.backend,
        "model": provenance.model,
        "prompt_id": provenance.prompt_id,
        "prompt_sha256": provenance.prompt_sha256,
        "code_version": provenance.code_version,
        "run_date": run.date,
    }


def article_row(summary: ArticleSummary, run: RunInfo, common: Row) -> Row:
    provenance = summary.provenance
    return {
        **common,
        "status": summary.status,
        "error": summary.error,
        "headline": summary.headline,
        "warnings": list(summary.warnings),
        "regions": len(summary.regions),
        "priorities": len(summary.priorities),
        "targets": len(summary.targets),
        "base_url": public_url(provenance.base_url) if provenance.base_url else None,
        "mode": provenance.mode,
        "run_source": run.source,
        "calls": provenance.usage.calls,
        "total_tokens": provenance.usage.total_tokens,
        "cost_usd": provenance.usage.cost_usd,
        "cleaned_text": summary.cleaned_text,
    }


def region_row(region: Region, number: int, common: Row) -> Row:
    return {
        **common,
        "region": region.name,
        "aliases": list(region.aliases),
        "official": region.official,
        "position": region.position,
        "headline": region.headline,
        "item": number,
        "region_id": f"{common['article_key']}-r{number}",
    }


def span_columns(span: tuple[int, int] | None, number: int) -> Row:
    start, end = span if span is not None else (None, None)
    return {"span_start": start, "span_end": end, "item": number}


def priority_row(priority: Priority, number: int, common: Row, officials: dict[str, str | None]) -> Row:
    return {
        **common,
        "region": priority.region,
        "official": officials.get(priority.region or ""),
        "category": priority.category,
        "title": priority.title,
        "summary": priority.summary,
        "quote": priority.quote,
        **span_columns(priority.span, number),
        "priority_id": f"{common['article_key']}-p{number}",
    }


def target_row(
    target: Target,
    number: int,
    common: Row,
    officials: dict[str, str | None],
    summary: ArticleSummary,
    positions: list[tuple[str | None, int, str]],
) -> Row:
    start = item_start(target.span, target.quote, summary.cleaned_text)
    return {
        **common,
        "region": target.region,
        "official": officials.get(target.region or ""),
        "category": None if start is None else enclosing_category(start, target.region, positions),
        "metric": target.metric,
        "metric_en": target.metric_en,
        "raw": target.raw,
        "value": target.value,
        "value_high": target.value_high,
        "unit": target.unit,
        "comparator": target.comparator,
        "deadline": target.deadline,
        "baseline": target.baseline,
        "kind": target.kind,
        "quote": target.quote,
        **span_columns(target.span, number),
        "target_id": f"{common['article_key']}-t{number}",
    }


def region_officials(regions: list[Region]) -> dict[str, str | None]:
    """Each region name and alias → the region's official (the first region to claim a name keeps it)."""
    officials: dict[str, str | None] = {}
    for region in regions:
        for name in (region.name, *region.aliases):
            officials.setdefault(name, region.official)
    return officials


def item_start(span: tuple[int, int] | None, quote: str, text: str) -> int | None:
    """Where an item starts in the cleaned text: its span, else where its quote is found."""
    if span is not None:
        return span[0]
    located = locate_quote(text, quote) if text else None
    return None if located is None else located[0]


def priority_positions(summary: ArticleSummary) -> list[tuple[str | None, int, str]]:
    """Every priority placed in the text as (region, start, category), for a target's category."""
    placed = []
    for priority in summary.priorities:
        start = item_start(priority.span, priority.quote, summary.cleaned_text)
        if start is not None:
            placed.append((priority.region, start, str(priority.category)))
    return placed
