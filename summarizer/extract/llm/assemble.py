"""From validated chunk answers to an article's Extraction: numbers by the parser, spans, merging.

The model supplied strings and labels; here code computes value, unit, value_high, baseline and the
resolved deadline from them, finds each quote's span in the cleaned text, and merges the chunks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.extract import Extraction
from summarizer.extract.llm.chunk import Chunk
from summarizer.extract.llm.schema import ChunkAnswer, PriorityItem, TargetItem, parse_raw
from summarizer.extract.merge import merge_priorities, merge_targets
from summarizer.parse.deadlines import resolve_deadline
from summarizer.parse.quantities import Quantity, find_quantities
from summarizer.schema import Comparator, Priority, Span, Status, Target, Usage
from summarizer.text import FoldedText, fold, locate_quote

MAX_ERRORS_SHOWN = 3


@dataclass
class ChunkResult:
    """One chunk's outcome: its answer (None when the chunk failed), warnings, usage, error."""

    chunk: Chunk
    answer: ChunkAnswer | None
    warnings: list[str] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    error: str | None = None


def assemble_extraction(results: Sequence[ChunkResult], plan_year: int | None, seconds: float) -> Extraction:
    """Merge the chunks of one article; the article is partial when a chunk failed, failed when all did."""
    priorities: list[Priority] = []
    targets: list[Target] = []
    warnings: list[str] = []
    usage = Usage()
    for result in results:
        label = f"chunk {result.chunk.index + 1} ({result.chunk.start}-{result.chunk.end})"
        warnings.extend(f"{label}: {warning}" for warning in result.warnings)
        usage = usage + result.usage
        if result.answer is None:
            warnings.append(f"{label}: failed: {result.error}")
            continue
        folded = FoldedText(result.chunk.text)
        priorities.extend(build_priorities(result.answer.priorities, result.chunk, folded))
        targets.extend(build_targets(result.answer.targets, result.chunk, plan_year, folded))
    status, error = article_status(results)
    return Extraction(
        priorities=merge_priorities(priorities),
        targets=merge_targets(targets),
        warnings=warnings,
        usage=usage,
        status=status,
        error=error,
        seconds=seconds,
    )


def article_status(results: Sequence[ChunkResult]) -> tuple[Status, str | None]:
    """ok; partial with the errors when some chunks failed; failed when every chunk failed."""
    failed = [result for result in results if result.error is not None]
    if not failed:
        return "ok", None
    shown = "; ".join(
        f"chunk {result.chunk.index + 1}: {result.error}" for result in failed[:MAX_ERRORS_SHOWN]
    )
    more = f" (and {len(failed) - MAX_ERRORS_SHOWN} more)" if len(failed) > MAX_ERRORS_SHOWN else ""
    status: Status = "failed" if len(failed) == len(results) else "partial"
    return status, f"{len(failed)} of {len(results)} chunks failed: {shown}{more}"


def build_priorities(
    items: Sequence[PriorityItem], chunk: Chunk, folded: FoldedText | None = None
) -> list[Priority]:
    """The chunk's priorities, each quote located in the chunk (`folded`: the chunk's text, folded)."""
    folded = folded or FoldedText(chunk.text)
    region = chunk.region.name if chunk.region is not None else None
    priorities = []
    for item in items:
        span = _span_in(folded, item.quote, chunk)
        quote = chunk.text[span[0] - chunk.start : span[1] - chunk.start] if span else item.quote
        priorities.append(
            Priority(
                region=item.region or region, category=item.category, title=item.title, quote=quote, span=span
            )
        )
    return priorities


def build_targets(
    items: Sequence[TargetItem], chunk: Chunk, plan_year: int | None, folded: FoldedText | None = None
) -> list[Target]:
    """The chunk's targets, numbers from the parser, each quote located in the chunk."""
    folded = folded or FoldedText(chunk.text)
    region = chunk.region.name if chunk.region is not None else None
    targets = []
    for item in items:
        quantity = quantity_in_quote(item.raw, item.quote) or parse_raw(item.raw)
        if quantity is None:
            continue
        span = _span_in(folded, item.quote, chunk)
        targets.append(
            Target(
                region=item.region or region,
                metric=item.metric,
                metric_en=item.metric_en,
                raw=item.raw,
                value=quantity.value,
                value_high=quantity.value_high,
                unit=quantity.unit,
                comparator=choose_comparator(item.comparator, quantity),
                deadline=resolve_deadline(item.deadline, plan_year),
                baseline=baseline_value(item.baseline_raw, quantity.unit),
                kind=item.kind,
                quote=chunk.text[span[0] - chunk.start : span[1] - chunk.start] if span else item.quote,
                span=span,
            )
        )
    return targets


def quantity_in_quote(raw: str, quote: str) -> Quantity | None:
    """The parser's reading of `raw` where it stands in its quote, so cues before it count ("突破85亿元").

    A quantity the parser reads exactly as `raw` wins: "5%左右" in "增长5.5%左右、6%左右、5%左右" is the
    last one, not the tail of "5.5%左右"."""
    found = find_quantities(quote)
    exact = [quantity for quantity in found if fold(quantity.raw) == fold(raw)]
    if exact:
        return exact[0]
    located = locate_quote(quote, raw)
    if located is None:
        return None
    overlapping = [
        quantity for quantity in found if quantity.start < located[1] and located[0] < quantity.end
    ]
    return overlapping[0] if len(overlapping) == 1 else None


def choose_comparator(model_comparator: Comparator, quantity: Quantity) -> Comparator:
    """The model's comparator, unless the parser read an explicit cue or a range, which win."""
    if quantity.cue is not None or quantity.value_high is not None:
        return quantity.comparator
    if model_comparator == "range":
        return quantity.comparator
    return model_comparator


def baseline_value(baseline_raw: str | None, unit: str) -> float | None:
    """The baseline's value when it parses to the target's canonical unit."""
    if not baseline_raw:
        return None
    quantity = parse_raw(baseline_raw)
    return quantity.value if quantity is not None and quantity.unit == unit else None


def _span_in(folded: FoldedText, quote: str, chunk: Chunk) -> Span | None:
    found = folded.find(quote) if fold(quote) else None
    return (chunk.start + found[0], chunk.start + found[1]) if found else None
