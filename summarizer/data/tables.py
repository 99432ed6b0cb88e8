"""The data layer's tables: every column with its type, defined once for the database, the exports and the
views. Column order is the order an analyst reads: what the item says first, where it came from last."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast

ColumnType = Literal["text", "float", "int", "text_list"]

DUCKDB_TYPES: dict[ColumnType, str] = {
    "text": "VARCHAR",
    "float": "DOUBLE",
    "int": "BIGINT",
    "text_list": "VARCHAR[]",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType = "text"


@dataclass(frozen=True)
class Table:
    name: str
    key: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]


def _columns(*specs: str | tuple[Column, ...]) -> tuple[Column, ...]:
    """Columns from "name" or "name:type" words and groups of columns already made, in order."""
    columns: list[Column] = []
    for spec in specs:
        if isinstance(spec, tuple):
            columns.extend(spec)
            continue
        for word in spec.split():
            name, _, kind = word.partition(":")
            if (kind or "text") not in DUCKDB_TYPES:
                raise ValueError(f"column {name}: unknown type {kind!r}")
            columns.append(Column(name, cast(ColumnType, kind or "text")))
    return tuple(columns)


PROVENANCE = _columns("backend model prompt_id prompt_sha256 code_version run_date")
"""The run's provenance, carried by every row; run_date is ISO 8601 in UTC."""

ARTICLE_REFERENCE = _columns("source article_title article_date url article_id plan_year:int")
"""The article a row comes from; source is the summary's source_path (a file, or file:line in a JSONL)."""

KEYS = _columns("article_key sha256 config_key")
"""article_key = the first 16 hex digits of the article's sha256, a dash, the run's config key."""

SPAN = _columns("span_start:int span_end:int item:int")
"""Character offsets into the article's cleaned text, and the item's 1-based position in the summary."""

TARGETS = Table(
    "targets",
    key="target_id",
    columns=_columns(
        "region official category metric metric_en raw value:float value_high:float unit comparator deadline",
        "baseline:float kind quote",
        ARTICLE_REFERENCE,
        SPAN,
        "target_id",
        KEYS,
        PROVENANCE,
    ),
)

PRIORITIES = Table(
    "priorities",
    key="priority_id",
    columns=_columns(
        "region official category title summary quote",
        ARTICLE_REFERENCE,
        SPAN,
        "priority_id",
        KEYS,
        PROVENANCE,
    ),
)

REGIONS = Table(
    "regions",
    key="region_id",
    columns=_columns(
        "region aliases:text_list official position headline",
        ARTICLE_REFERENCE,
        "item:int region_id",
        KEYS,
        PROVENANCE,
    ),
)

ARTICLES = Table(
    "articles",
    key="article_key",
    columns=_columns(
        ARTICLE_REFERENCE,
        "status error headline warnings:text_list regions:int priorities:int targets:int",
        KEYS,
        "base_url mode",
        PROVENANCE,
        "run_source calls:int total_tokens:int cost_usd:float cleaned_text",
    ),
)

TABLES = (ARTICLES, REGIONS, PRIORITIES, TARGETS)
EXPORT_TABLES = (TARGETS, PRIORITIES)
"""What an export writes: one row per target, and a second table of priorities."""
