"""Merge an article's per-chunk findings: each target and priority kept once, in text order.

Duplicates come from the same passage read twice (overlapping chunks, an article printed twice).
The first occurrence in the text is kept.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from rapidfuzz import fuzz

from summarizer.schema import Priority, Target
from summarizer.text import fold

METRIC_SIMILARITY = 60.0
TITLE_SIMILARITY = 80.0
VALUE_TOLERANCE = 1e-6


def merge_targets(targets: Iterable[Target]) -> list[Target]:
    """Targets in text order, a target equal to an earlier one (region, unit, value, metric) dropped."""
    kept: list[Target] = []
    for target in sorted(targets, key=_position):
        if not any(same_target(target, earlier) for earlier in kept):
            kept.append(target)
    return kept


def merge_priorities(priorities: Iterable[Priority]) -> list[Priority]:
    """Priorities in text order, one equal to an earlier one (region, and quote or title) dropped."""
    kept: list[Priority] = []
    for priority in sorted(priorities, key=_position):
        if not any(same_priority(priority, earlier) for earlier in kept):
            kept.append(priority)
    return kept


def same_target(first: Target, second: Target) -> bool:
    """Same region, unit and value (and upper value), and the same quote or a similar metric."""
    return (
        first.region == second.region
        and first.unit == second.unit
        and _close(first.value, second.value)
        and _close(first.value_high, second.value_high)
        and (
            fold(first.quote) == fold(second.quote) or similar(first.metric, second.metric, METRIC_SIMILARITY)
        )
    )


def same_priority(first: Priority, second: Priority) -> bool:
    """Same region, and one quote contains the other or the titles are similar."""
    if first.region != second.region:
        return False
    first_quote, second_quote = fold(first.quote), fold(second.quote)
    quotes_overlap = bool(first_quote and second_quote) and (
        first_quote in second_quote or second_quote in first_quote
    )
    return quotes_overlap or similar(first.title, second.title, TITLE_SIMILARITY)


def similar(first: str, second: str, threshold: float) -> bool:
    """Folded strings equal, one inside the other, or a fuzzy ratio of at least `threshold`/100."""
    first_folded, second_folded = fold(first), fold(second)
    if not first_folded or not second_folded:
        return first_folded == second_folded
    if first_folded in second_folded or second_folded in first_folded:
        return True
    return fuzz.ratio(first_folded, second_folded) >= threshold


def _close(first: float | None, second: float | None) -> bool:
    if first is None or second is None:
        return first is second
    return math.isclose(first, second, rel_tol=VALUE_TOLERANCE, abs_tol=0.0) or first == second


def _position(item: Target | Priority) -> tuple[int, int]:
    """Sort key: items with a span by its start, items without one last (stable among themselves)."""
    return (0, item.span[0]) if item.span is not None else (1, 0)
