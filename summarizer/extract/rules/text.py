"""Where a character sits in the text: its paragraph, sentence and clause, found by bisection."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from summarizer.text import LazyPattern

FULL_SENTENCE_ENDS = "。！？!?\n"
SENTENCE_ENDS = FULL_SENTENCE_ENDS + "；;"
CLAUSE_ENDS = SENTENCE_ENDS + ",，:："
OPEN_QUOTES = '“‘「『"'
CLOSE_QUOTES = '”’」』"'

_PARAGRAPH_BREAK = LazyPattern(r"\n\s*\n|\n")


_ENDER_FINDERS = {enders: LazyPattern(f"[{re.escape(enders)}]") for enders in
                  (FULL_SENTENCE_ENDS, SENTENCE_ENDS, CLAUSE_ENDS)}  # fmt: skip
_TRAILING = frozenset(CLAUSE_ENDS + "。")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _boundaries(text: str, enders: str) -> list[int]:
    """Offsets just after each ender (a comma between digits is not one), plus 0 and len(text)."""
    finder = _ENDER_FINDERS.get(enders) or re.compile(f"[{re.escape(enders)}]")
    cuts = [0]
    cuts.extend(match.end() for match in finder.finditer(text) if not _is_digit_comma(text, match.start()))
    cuts.append(len(text))
    return cuts


def _is_digit_comma(text: str, index: int) -> bool:
    if text[index] != ",":
        return False
    return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


class TextIndex:
    """Paragraph, sentence and clause spans of a text, stripped of their punctuation and spaces."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentence_cuts = _boundaries(text, SENTENCE_ENDS)
        self._full_sentence_cuts = _boundaries(text, FULL_SENTENCE_ENDS)
        self._clause_cuts = _boundaries(text, CLAUSE_ENDS)
        self._paragraph_cuts = [0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(text)), len(text)]
        self._trimmed: dict[int, list[Span | None]] = {
            id(cuts): [None] * max(len(cuts) - 1, 1)
            for cuts in (
                self._sentence_cuts,
                self._full_sentence_cuts,
                self._clause_cuts,
                self._paragraph_cuts,
            )
        }
        """Each list of cuts' spans, trimmed when first asked for."""
        self.span_facts: dict[tuple[str, int, int], bool] = {}
        """Facts about a span the rules ask again and again (`register.in_plan_list`): (fact, start, end)."""

    def clause(self, offset: int) -> Span:
        return self._span_at(self._clause_cuts, offset)

    def sentence(self, offset: int) -> Span:
        return self._span_at(self._sentence_cuts, offset)

    def full_sentence(self, offset: int) -> Span:
        """The sentence up to 。！？ (a ； does not end it)."""
        return self._span_at(self._full_sentence_cuts, offset)

    def paragraph(self, offset: int) -> Span:
        return self._span_at(self._paragraph_cuts, offset)

    def paragraphs(self, start: int, end: int) -> list[Span]:
        """The non-empty paragraphs that start within [start, end)."""
        found = []
        for cut_start, cut_end in zip(self._paragraph_cuts, self._paragraph_cuts[1:], strict=False):
            if start <= cut_start < end:
                span = self._trim(cut_start, min(cut_end, end))
                if span.end > span.start:
                    found.append(span)
        return found

    def sentences_in(self, span: Span) -> list[Span]:
        return self._walk(self.sentence, span)

    def clauses_in(self, span: Span) -> list[Span]:
        return self._walk(self.clause, span)

    @staticmethod
    def _walk(span_at: Callable[[int], Span], span: Span) -> list[Span]:
        """The spans `span_at` gives from span.start on, each after the one before, up to span.end."""
        found = []
        offset = span.start
        while offset < span.end:
            found.append(span_at(offset))
            offset = max(found[-1].end + 1, offset + 1)
        return found

    def first_sentence(self, paragraph: Span) -> Span:
        return self.sentence(paragraph.start)

    def _span_at(self, cuts: list[int], offset: int) -> Span:
        position = bisect.bisect_right(cuts, offset) - 1
        last = len(cuts) - 2
        position = 0 if position < 0 else last if position > last else position
        trimmed = self._trimmed[id(cuts)]  # the rules ask for the same spans many times: trimmed once
        span = trimmed[position]
        if span is None:
            span = trimmed[position] = self._trim(cuts[position], cuts[position + 1])
        return span

    def _trim(self, start: int, end: int) -> Span:
        """Drop surrounding whitespace and a trailing separator."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in _TRAILING):
            end -= 1
        return Span(start, end)


def inside_quotes(text: str, start: int, end: int, limit: int = 40) -> Span | None:
    """The quotation (“…”) that encloses text[start:end], looking at most `limit` characters around."""
    left = start - 1
    while left >= max(0, start - limit):
        char = text[left]
        if char in CLOSE_QUOTES and char not in OPEN_QUOTES:
            return None
        if char in OPEN_QUOTES:
            break
        left -= 1
    else:
        return None
    if left < 0:
        return None
    right = end
    while right < min(len(text), end + limit):
        char = text[right]
        if char in CLOSE_QUOTES:
            return Span(left + 1, right)
        if char in OPEN_QUOTES:
            return None
        right += 1
    return None
