"""Deadlines: time words resolved against the plan year (guidelines §3, `deadline`)."""

from __future__ import annotations

import re

# Time words that mean "the plan year" and "the year after".
PLAN_YEAR_WORDS = ("全年", "年内", "今年", "年前", "年底", "年末", "本年", "当年", "年度")
NEXT_YEAR_WORDS = ("明年",)

YEAR = r"(?:19|20)\d{2}"
_SPAN = re.compile(rf"({YEAR})\s*[-~—–至到]\s*({YEAR})\s*年")
_YEAR = re.compile(rf"({YEAR})\s*年")
_DEADLINE_YEAR = re.compile(
    rf"(?:到|至|在|于|截至|截止)\s*({YEAR})\s*年|({YEAR})\s*年(?:前|底|末|内|以前|之前)"
)


def resolve_deadline(written: str | None, plan_year: int | None) -> str | None:
    """A deadline as text ("2024", "2024-2025") from the words that state it, or None.

    `written` is a clause or a deadline as written ("到2026年", "2024-2025年", "年内", "明年").
    """
    if not written:
        return None
    span = _SPAN.search(written)
    if span:
        return f"{span.group(1)}-{span.group(2)}"
    marked = _DEADLINE_YEAR.search(written)
    if marked:
        return marked.group(1) or marked.group(2)
    year = _YEAR.search(written)
    if year:
        return year.group(1)
    if plan_year is not None:
        if any(word in written for word in NEXT_YEAR_WORDS):
            return str(plan_year + 1)
        if any(word in written for word in PLAN_YEAR_WORDS):
            return str(plan_year)
    return None
