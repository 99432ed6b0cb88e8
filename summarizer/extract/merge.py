"""Merge an article's per-chunk findings: each target and priority kept once, in text order.

Duplicates come from the same passage read twice (overlapping chunks, an article printed twice), so
two items are one only when their quotes overlap: a similar title or metric elsewhere in the text is
another item ("持续做好“发展”文章" and "持续做好“富裕”文章" are two priorities). The first occurrence in
the text is kept.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from rapidfuzz import fuzz

from summarizer.schema import Priority, Target
from summarizer.text import fold

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
    """Same region, unit and value (and upper value), read from overlapping quotes, of the same metric
    ("游客人次、旅游花费均增长10%以上" holds two targets with one quote and one value)."""
    return (
        first.region == second.region
        and first.unit == second.unit
        and _close(first.value, second.value)
        and _close(first.value_high, second.value_high)
        and quotes_overlap(first, second)
        and _same_metric(first.metric, second.metric)
    )


METRIC_SIMILARITY = 60.0
"""Reworded names of one metric score above ("实施重大项目数量" / "重大项目实施数量": 75), the items of one
shared quote below ("游客人次增速" / "旅游花费增速": 50, "建筑垃圾综合利用率" / "工业固废综合利用率": 56)."""


def _same_metric(first: str, second: str) -> bool:
    """One metric, reworded: equal after folding, one inside the other, or similar enough."""
    first_folded, second_folded = fold(first), fold(second)
    if first_folded in second_folded or second_folded in first_folded:
        return True
    return fuzz.ratio(first_folded, second_folded) >= METRIC_SIMILARITY


def same_priority(first: Priority, second: Priority) -> bool:
    """Same region, and quotes that overlap (one contains the other, or their spans intersect)."""
    return first.region == second.region and quotes_overlap(first, second)


def quotes_overlap(first: Target | Priority, second: Target | Priority) -> bool:
    """One folded quote contains the other, or both spans are known and intersect."""
    first_quote, second_quote = fold(first.quote), fold(second.quote)
    if first_quote and second_quote and (first_quote in second_quote or second_quote in first_quote):
        return True
    if first.span is None or second.span is None:
        return False
    return first.span[0] < second.span[1] and second.span[0] < first.span[1]


def _close(first: float | None, second: float | None) -> bool:
    if first is None or second is None:
        return first is second
    return math.isclose(first, second, rel_tol=VALUE_TOLERANCE, abs_tol=0.0) or first == second


def _position(item: Target | Priority) -> tuple[int, int]:
    """Sort key: items with a span by its start, items without one last (stable among themselves)."""
    return (0, item.span[0]) if item.span is not None else (1, 0)
