"""Targets as a flat table, one row per target with its article, for CSV (`summarize -o targets.csv`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

from summarizer.schema import ArticleSummary, Target

TARGET_COLUMNS = (
    "article_id",
    "title",
    "date",
    "source_path",
    "region",
    "metric",
    "metric_en",
    "raw",
    "value",
    "value_high",
    "unit",
    "comparator",
    "deadline",
    "baseline",
    "kind",
    "quote",
    "span_start",
    "span_end",
)


def target_rows(summaries: Sequence[ArticleSummary]) -> Iterator[dict[str, str]]:
    """One row per target, in article order then target order; every cell a string ("" for none)."""
    for summary in summaries:
        for target in summary.targets:
            yield target_row(summary, target)


def target_row(summary: ArticleSummary, target: Target) -> dict[str, str]:
    start, end = target.span if target.span is not None else ("", "")
    cells: dict[str, object] = {
        "article_id": summary.article_id,
        "title": summary.title,
        "date": summary.date,
        "source_path": summary.source_path,
        **target.model_dump(include={"region", "metric", "metric_en", "raw", "unit", "comparator"}),
        **target.model_dump(include={"deadline", "kind", "quote"}),
        "value": number_text(target.value),
        "value_high": number_text(target.value_high),
        "baseline": number_text(target.baseline),
        "span_start": start,
        "span_end": end,
    }
    return {column: "" if cells[column] is None else str(cells[column]) for column in TARGET_COLUMNS}


def number_text(value: float | None) -> str | None:
    """A number as a spreadsheet reads it: 90 rather than 90.0, never exponent notation."""
    if value is None:
        return None
    if value.is_integer():
        return str(int(value))
    shortest = repr(value)
    return shortest if "e" not in shortest else format(value, ".15f").rstrip("0").rstrip(".")


def targets_csv(summaries: Sequence[ArticleSummary]) -> str:
    """The targets as CSV text with a header row (RFC 4180 quoting, \\r\\n line ends)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TARGET_COLUMNS)
    writer.writeheader()
    writer.writerows(target_rows(summaries))
    return buffer.getvalue()
