"""The per-chunk response model the LLM fills in, and the validators that ground it in the chunk.

The model only copies text and picks labels: quotes, the quantity as written, the deadline as
written, a metric, a comparator, a kind, a region from the allowed list. Code computes numbers
(value, unit, range, baseline, resolved deadline) from those strings with the quantities parser.

Validation policy (how "drop an item, not the chunk" works):
1. instructor validates the whole answer with the chunk as validation context; any failing item
   (a quote not in the chunk, a raw quantity not in its quote or not parseable, a region outside
   the allowed list, a category outside the enum) fails the answer, and instructor re-asks with
   the error messages, up to `max_retries` times;
2. when the last answer still fails (or a re-ask no longer fits the model's context),
   `parse_leniently` validates each item of the last answer on its own, keeps the ones that pass
   and returns one warning per dropped item. Only malformed JSON fails the chunk.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, Field, ValidationError, ValidationInfo, field_validator, model_validator

from summarizer.errors import first_validation_error
from summarizer.ingest.regions import PROVINCES, REGION_SUFFIXES
from summarizer.parse.quantities import Quantity, find_quantities, parse_quantity
from summarizer.schema import Category, Comparator, Kind, Region
from summarizer.text import fold, sha256_hex

CONTEXT_KEY = "chunk"


@dataclass(frozen=True)
class ChunkContext:
    """What the validators check an answer against: the chunk's text and the allowed regions."""

    text: str
    regions: Mapping[str, str] = field(default_factory=dict)
    folded: str = ""

    @classmethod
    def build(cls, text: str, regions: Sequence[Region]) -> ChunkContext:
        """Context for one chunk; each region is allowed under its name and its aliases."""
        allowed: dict[str, str] = {}
        for region in regions:
            for name in (region.name, *region.aliases):
                allowed.setdefault(fold(name), region.name)
        return cls(text=text, regions=allowed, folded=fold(text))

    def allowed_regions(self) -> list[str]:
        return sorted(set(self.regions.values()))


ACTIVE_CHUNK: ContextVar[ChunkContext | None] = ContextVar("active_chunk", default=None)
"""The chunk an LLM call is about. Each asyncio task has its own copy, so concurrent calls do not mix;
it spares instructor a validation context, which would make it render every message as a template."""


def chunk_context(info: ValidationInfo) -> ChunkContext:
    """The chunk to validate against: the validation context's, else the active call's."""
    context = info.context
    chunk = context.get(CONTEXT_KEY) if isinstance(context, Mapping) else ACTIVE_CHUNK.get()
    if not isinstance(chunk, ChunkContext):
        raise TypeError(f"validation needs a ChunkContext under {CONTEXT_KEY!r} in the context")
    return chunk


def check_in_chunk(quote: str, info: ValidationInfo) -> str:
    """A quote must occur in the chunk after NFKC and whitespace folding."""
    chunk = chunk_context(info)
    folded_quote = fold(quote)
    if not folded_quote or folded_quote not in chunk.folded:
        raise ValueError(
            f"quote {quote!r} does not occur verbatim in the chunk; copy it exactly from the text"
        )
    return quote


def parse_raw(raw: str) -> Quantity | None:
    """The quantity a raw string states: the whole string, else the single quantity inside it."""
    parsed = parse_quantity(raw)
    if parsed is not None:
        return parsed
    found = find_quantities(raw)
    return found[0] if len(found) == 1 else None


PLACE_MIN_CHARS = 3


def _names_a_place(written: str, chunk: ChunkContext) -> bool:
    """A place the chunk itself names: copied from it ("广清纺织服装产业有序转移园"), or its name with
    the level added ("驻马店" → "驻马店市")."""
    if len(written) < PLACE_MIN_CHARS:
        return False
    if fold(written) in chunk.folded:
        return True
    bare = next((written[: -len(suffix)] for suffix in REGION_SUFFIXES if written.endswith(suffix)), None)
    return bare is not None and len(bare) >= 2 and fold(bare) in chunk.folded


def check_region(region: str | None, info: ValidationInfo) -> str | None:
    """An allowed region (by its name or an alias; returned as its name), a place the chunk itself names
    ("福州新区", "驻马店" as 驻马店市), or, when the article names no region at all (an excerpt of a
    provincial report), a province-level unit by its full name; None stays None."""
    if region is None or not region.strip():
        return None
    chunk = chunk_context(info)
    name = chunk.regions.get(fold(region))
    if name is not None:
        return name
    written = region.strip()
    if _names_a_place(written, chunk) or (written in PROVINCES and not chunk.regions):
        return written
    allowed = ", ".join(chunk.allowed_regions()) or "none: use null"
    raise ValueError(
        f"region {region!r} is not one of the allowed regions ({allowed}), a place the chunk names, or null"
    )


class GroundedItem(BaseModel):
    """What every answer item shares: a quote found in the chunk, and a region the chunk may name."""

    @field_validator("quote", check_fields=False)
    @classmethod
    def _quote_in_chunk(cls, quote: str, info: ValidationInfo) -> str:
        return check_in_chunk(quote, info)

    @field_validator("region", check_fields=False)
    @classmethod
    def _region_allowed(cls, region: str | None, info: ValidationInfo) -> str | None:
        return check_region(region, info)


class PriorityItem(GroundedItem):
    """A main policy area a region's leader lays out."""

    title: str = Field(min_length=1, description="简短的中文标题，取自原文用语")
    category: Category = Field(description="类别代码")
    quote: str = Field(min_length=1, description="原文逐字片段：该条目的标题或第一个分句")
    region: str | None = Field(
        default=None, description="布置该工作的地区，取自允许的地区名；null 表示本片段所属地区"
    )


class TargetItem(GroundedItem):
    """A quantity a region commits to, plans or aims to reach."""

    quote: str = Field(min_length=1, description="陈述该目标的最短原文逐字片段")
    raw: str = Field(min_length=1, description="数量的原文写法，逐字出现在 quote 中，如“85亿元以上”")
    metric: str = Field(min_length=1, description="所计量的对象，简短中文名词短语")
    metric_en: str | None = Field(default=None, description="metric 的简短英文译名")
    comparator: Comparator
    deadline: str | None = Field(
        default=None, description="原文中的期限写法，如“到2026年”“全年”；没有则为 null"
    )
    kind: Kind
    region: str | None = Field(
        default=None, description="作出承诺的地区，取自允许的地区名；null 表示本片段所属地区"
    )
    baseline_raw: str | None = Field(default=None, description="原文写明的起点水平，没有则为 null")

    @model_validator(mode="after")
    def _raw_in_quote(self) -> TargetItem:
        if fold(self.raw) not in fold(self.quote):
            raise ValueError(f"raw {self.raw!r} does not occur in its quote {self.quote!r}")
        if parse_raw(self.raw) is None:
            raise ValueError(f"raw {self.raw!r} is not a quantity (a number with its unit, as written)")
        return self


class ChunkAnswer(BaseModel):
    """Everything the model found in one chunk."""

    # Required, though possibly empty: a server that constrains output to the schema must emit both.
    priorities: list[PriorityItem] = Field(description="重点工作，没有则为空列表")
    targets: list[TargetItem] = Field(description="量化目标，没有则为空列表")

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The schema, built once per set of arguments: instructor asks for it on every call (~5 ms)."""
        key = (cls, args, tuple(sorted(kwargs.items())))
        if key not in _SCHEMAS:
            _SCHEMAS[key] = json.dumps(super().model_json_schema(*args, **kwargs))
        schema: dict[str, Any] = json.loads(_SCHEMAS[key])  # a fresh copy: callers may change it
        return schema


_SCHEMAS: dict[tuple[Any, ...], str] = {}


ItemT = TypeVar("ItemT", PriorityItem, TargetItem)


def schema_sha256() -> str:
    """sha256 of the response model's JSON schema: part of every cache key."""
    return sha256_hex(json.dumps(ChunkAnswer.model_json_schema(), sort_keys=True, ensure_ascii=False))


def parse_leniently(payload: str, context: ChunkContext) -> tuple[ChunkAnswer, list[str]]:
    """Keep the items of an answer that validate on their own; one warning per dropped item.

    Raises ValueError when the payload is not a JSON object. Raw control characters inside strings,
    a common flaw of small local models, are accepted.
    """
    try:
        data = json.loads(payload, strict=False)
    except json.JSONDecodeError as exc:
        raise ValueError(f"the model's answer is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError("the model's answer is not a JSON object")
    priorities, priority_warnings = valid_items(PriorityItem, data.get("priorities"), context)
    targets, target_warnings = valid_items(TargetItem, data.get("targets"), context)
    return ChunkAnswer(priorities=priorities, targets=targets), priority_warnings + target_warnings


def valid_items(model: type[ItemT], raw_items: Any, context: ChunkContext) -> tuple[list[ItemT], list[str]]:
    """The items that validate, and a warning naming each one that does not."""
    label = "priority" if model is PriorityItem else "target"
    if raw_items is None:
        return [], []
    if not isinstance(raw_items, list):
        return [], [f"dropped the {label} list: not a list"]
    kept: list[ItemT] = []
    warnings: list[str] = []
    for raw_item in raw_items:
        try:
            kept.append(model.model_validate(raw_item, context={CONTEXT_KEY: context}))
        except ValidationError as exc:
            warnings.append(f"dropped {label} {_item_label(raw_item)}: {_first_error(exc)}")
    return kept, warnings


def _item_label(raw_item: Any) -> str:
    if isinstance(raw_item, dict):
        for key in ("raw", "title", "quote"):
            if isinstance(raw_item.get(key), str):
                return repr(raw_item[key][:40])
    return repr(str(raw_item)[:40])


def _first_error(exc: ValidationError) -> str:
    return first_validation_error(exc)
