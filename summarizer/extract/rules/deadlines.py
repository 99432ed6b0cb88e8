"""The governing time expression of a target (guidelines v2, "Deadlines"), read once per article.

Looked for in this order: the nearest time expression before the quantity in its sentence (a later
one overrides an earlier: "今年…到2027年建成" → 2027); one after it in its own clause; the heading or
lead-in of the section that contains it ("二、2025年目标任务", "今年要重点做好以下工作"); in a work
report's plan section, the plan year. Otherwise there is no deadline.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from summarizer.extract.rules.text import TextIndex
from summarizer.parse.deadlines import TimeIndex
from summarizer.text import LazyPattern

_NUMBERED_HEAD = LazyPattern(
    r"^\s*(?:(?P<top>[一二三四五六七八九十]+、)|(?P<sub>[(（][一二三四五六七八九十]+[)）]))"
)
_LEAD_IN = LazyPattern(r"(?:以下|如下|下列)[^。]{0,12}(?:工作|任务|方面|目标)|[:：]\s*$")
HEADING_MAX_CHARS = 60
MAX_HEADINGS_BACK = 12
"""How many headings a quantity looks back through for its time (bounds the cost per quantity)."""
PLAN_REPORT_MIN_HEADS = 2


@dataclass(frozen=True)
class Heading:
    start: int
    top_level: bool
    deadline: str | None
    text: str


class DeadlineReader:
    """Deadlines of the quantities of one article's cleaned text."""

    def __init__(self, text: str, index: TextIndex, plan_year: int | None) -> None:
        self.index = index
        self.times = TimeIndex(text, plan_year)
        self.headings = _headings(text, index, self.times)
        self._heading_starts = [heading.start for heading in self.headings]
        self.default = str(plan_year) if plan_year is not None and _is_plan_report(text, index) else None

    def deadline_at(self, start: int, cue_start: int, end: int) -> str | None:
        """The deadline of the quantity at text[start:end] whose comparator cue starts at `cue_start`."""
        sentence = self.index.full_sentence(start)
        before = self.times.last_before(sentence.start, cue_start)
        if before is not None:
            return before.deadline
        clause = self.index.clause(start)
        after = self.times.first_after(end, clause.end)
        if after is not None:
            return after.deadline
        return self._from_headings(sentence.start)

    def _from_headings(self, position: int) -> str | None:
        heading = self.governing_heading(position)
        return heading.deadline if heading is not None else self.default

    def governing_heading(self, position: int) -> Heading | None:
        """The nearest heading above `position` that names a time; a top-level heading without one ends
        the search (it opens a section of its own)."""
        index = bisect.bisect_left(self._heading_starts, position) - 1
        for heading in reversed(self.headings[max(0, index - MAX_HEADINGS_BACK + 1) : index + 1]):
            if heading.deadline is not None:
                return heading
            if heading.top_level:
                break
        return None

    @property
    def is_plan_report(self) -> bool:
        """A work report's plan section: what no time word governs belongs to the plan year."""
        return self.default is not None


def _headings(text: str, index: TextIndex, times: TimeIndex) -> list[Heading]:
    """Paragraphs that head what follows: numbered heads, short title lines, lead-ins ending in ':'."""
    found = []
    for paragraph in index.paragraphs(0, len(text)):
        first = index.full_sentence(paragraph.start)
        head_text = text[first.start : min(first.end + 1, paragraph.end)]
        numbered = _NUMBERED_HEAD.match(head_text)
        short = paragraph.end - paragraph.start <= HEADING_MAX_CHARS
        if not (numbered or (short and _LEAD_IN.search(head_text)) or (short and "。" not in head_text)):
            continue
        mention = times.last_before(first.start, first.end)
        found.append(
            Heading(
                start=paragraph.start,
                top_level=bool(numbered and numbered.group("top")),
                deadline=mention.deadline if mention else None,
                text=head_text.strip(),
            )
        )
    return found


def _is_plan_report(text: str, index: TextIndex) -> bool:
    """A work report's plan section: several paragraphs under numbered heads ("(一)", "二、")."""
    paragraphs = index.paragraphs(0, len(text))
    heads = sum(1 for paragraph in paragraphs if _NUMBERED_HEAD.match(text[paragraph.start : paragraph.end]))
    return heads >= PLAN_REPORT_MIN_HEADS
