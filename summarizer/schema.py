"""The output schema: regions, priorities, targets and the per-article summary (guidelines §1-3).

Every model round-trips through JSON losslessly: `Model.model_validate_json(m.model_dump_json()) == m`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

Category = Literal[
    "industry",
    "energy",
    "agriculture",
    "ecology",
    "culture_tourism",
    "investment",
    "services_consumption",
    "reform",
    "opening_up",
    "innovation",
    "livelihood",
    "urban_rural",
    "unity_security",
    "governance",
]
CATEGORIES: tuple[str, ...] = get_args(Category)

Comparator = Literal["at_least", "at_most", "exactly", "range", "about"]
COMPARATORS: tuple[str, ...] = get_args(Comparator)

Kind = Literal["goal", "action", "project"]
KINDS: tuple[str, ...] = get_args(Kind)

Status = Literal["ok", "partial", "failed"]

Span = tuple[int, int]
"""(start, end) character offsets into the cleaned text, end exclusive."""


class Model(BaseModel):
    """Base for every output model: unknown fields are an error, values are validated on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Region(Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    official: str | None = None
    position: str | None = None
    headline: str | None = Field(default=None, description="The leader's lead sentence, extractive.")


class Priority(Model):
    region: str | None
    category: Category
    title: str
    summary: str | None = None
    quote: str
    span: Span | None = None


class Target(Model):
    region: str | None
    metric: str
    metric_en: str | None = None
    raw: str
    value: float
    value_high: float | None = None
    unit: str
    comparator: Comparator
    deadline: str | None = None
    baseline: float | None = None
    kind: Kind
    quote: str
    span: Span | None = None


class Usage(Model):
    calls: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cost_usd: float = 0.0
    latency_s: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(**{name: getattr(self, name) + getattr(other, name) for name in Usage.model_fields})


def usage_text(calls: int, tokens: int, cost_usd: float, cached_calls: int = 0) -> str:
    """What LLM calls cost, as every report says it: `35 calls, 51234 tokens, $0.0123, 4 answers from the
    cache` (the cache part only when there were some)."""
    text = f"{calls} calls, {tokens} tokens, ${cost_usd:.4f}"
    return text + (f", {cached_calls} answers from the cache" if cached_calls else "")


class Provenance(Model):
    backend: str
    model: str | None = None
    base_url: str | None = None
    mode: str | None = None
    prompt_id: str | None = None
    prompt_sha256: str | None = None
    code_version: str
    timings: dict[str, float] = Field(default_factory=dict, description="Seconds per stage.")
    usage: Usage = Field(default_factory=Usage)


class ArticleSummary(Model):
    article_id: str
    source_path: str
    sha256: str = Field(description="sha256 of the source bytes (for a JSONL line: of its text).")
    title: str | None = None
    date: str | None = None
    url: str | None = None
    plan_year: int | None = None
    regions: list[Region] = Field(default_factory=list)
    headline: str | None = None
    headline_extractive: bool = True
    priorities: list[Priority] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    status: Status = "ok"
    error: str | None = None
    bylines: list[str] = Field(default_factory=list)
    cleaned_text: str = Field(default="", description="The text every quote and span refers to.")
    provenance: Provenance


def enclosing_category(
    start: int, region: str | None, priorities: Iterable[tuple[str | None, int, str]]
) -> str | None:
    """The category of the passage a target starting at `start` sits in: that of the last priority of the
    same region that starts at or before it. `priorities` are (region, start, category), in article order."""
    preceding = [(at, category) for owner, at, category in priorities if owner == region and at <= start]
    if not preceding:
        return None
    return max(preceding, key=lambda placed: placed[0])[1]
