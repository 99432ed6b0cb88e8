"""Where a character sits in the text: its paragraph, sentence and clause, found by bisection."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, Final, TypeVar

from summarizer.text import LazyPattern

FULL_SENTENCE_ENDS = "。！？!?\n"
SENTENCE_ENDS = FULL_SENTENCE_ENDS + "；;"
CLAUSE_ENDS = SENTENCE_ENDS + ",，:："
OPEN_QUOTES = '“‘「『"'
CLOSE_QUOTES = '”’」』"'

_PARAGRAPH_BREAK = LazyPattern(r"\n\s*\n|\n")
CLAUSE_OR_SENTENCE_END = LazyPattern(r"[,，;；。]")
"""What the rules split words into clauses at: a comma, a semicolon or a full stop (not ！ or ？; the
index's own cuts are `CLAUSE_ENDS`)."""
_QUOTE_MARK = LazyPattern(f"[{re.escape(OPEN_QUOTES + CLOSE_QUOTES)}]")
_LAST_QUOTE_MARK = LazyPattern(f".*([{re.escape(OPEN_QUOTES + CLOSE_QUOTES)}])", re.DOTALL)


_ENDER_FINDERS = {enders: LazyPattern(f"[{re.escape(enders)}]") for enders in
                  (FULL_SENTENCE_ENDS, SENTENCE_ENDS, CLAUSE_ENDS)}  # fmt: skip
_TRAILING_CHARACTERS = CLAUSE_ENDS + "。"
UNICODE_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character `str.isspace` holds to be whitespace (what `str.strip()` drops)."""
_TRIMMED_AT_THE_END = UNICODE_WHITESPACE + _TRAILING_CHARACTERS


class Span:
    """Where a stretch of the text starts and ends (end exclusive). Equal, hashed and shown as a frozen
    dataclass of the two would be; a class of two slots because the rules make and compare thousands of
    them an article (a frozen dataclass sets each field through `object.__setattr__`)."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start: Final = start
        self.end: Final = end

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Span:
            return NotImplemented
        return self.start == other.start and self.end == other.end

    def __hash__(self) -> int:
        return hash((self.start, self.end))

    def __repr__(self) -> str:
        return f"Span(start={self.start!r}, end={self.end!r})"

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def _boundaries(text: str, enders: str) -> list[int]:
    """Offsets just after each ender (a comma between digits is not one), plus 0 and len(text)."""
    finder = _ENDER_FINDERS.get(enders) or re.compile(f"[{re.escape(enders)}]")
    cuts = [0, *(match.end() for match in finder.finditer(text)), len(text)]
    if "," in enders:  # the commas of "1,291": the digits on both sides (a rare check, done on its own)
        digit_commas = {
            match.end() for match in _COMMA.finditer(text) if _is_digit_comma(text, match.start())
        }
        if digit_commas:
            cuts = [cut for cut in cuts if cut not in digit_commas]
    return cuts


_COMMA = LazyPattern(r"(?<=[^\W_\u4e00-\u9fff]),(?=[^\W_\u4e00-\u9fff])")
"""A comma between two word characters that are not Chinese ideographs: every comma between digits (any
`str.isdigit` character is a word character) is one; `_is_digit_comma` decides."""


def _is_digit_comma(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()


class TextIndex:
    """Paragraph, sentence and clause spans of a text, stripped of their punctuation and spaces.

    The rules ask for the same spans hundreds of thousands of times an article: each span is trimmed
    once, and each offset's span and each walk's spans are kept once asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._clauses = _SpansAt(text, _boundaries(text, CLAUSE_ENDS))
        self._sentences = _SpansAt(text, _boundaries(text, SENTENCE_ENDS))
        self._full_sentences = _SpansAt(text, _boundaries(text, FULL_SENTENCE_ENDS))
        paragraph_cuts = [0, *(match.end() for match in _PARAGRAPH_BREAK.finditer(text)), len(text)]
        self._paragraphs = _SpansAt(text, paragraph_cuts)
        self._walks: dict[tuple[str, int, int], list[Span]] = {}
        """The spans each walk found, by kind of span and the walked span's start and end."""
        self.kept: dict[tuple[str, int, int], Any] = {}
        """What `kept_per_span` rules found, by rule and span: (rule, start, end)."""
        self.span_facts: dict[tuple[str, int, int], bool] = {}
        """Facts about a span the rules ask again and again (`register.in_plan_list`): (fact, start, end)."""
        # The four lookups are functions of the instance's own (the rules call them ~50,000 times an
        # article: no method to bind, no attribute to look up on each call).
        self.clause: Callable[[int], Span] = _lookup(self._clauses)
        """The clause around an offset."""
        self.sentence: Callable[[int], Span] = _lookup(self._sentences)
        """The sentence around an offset (a ； ends it)."""
        self.full_sentence: Callable[[int], Span] = _lookup(self._full_sentences)
        """The sentence up to 。！？ (a ； does not end it)."""
        self.paragraph: Callable[[int], Span] = _lookup(self._paragraphs)
        """The paragraph around an offset."""

    def paragraphs(self, start: int, end: int) -> list[Span]:
        """The non-empty paragraphs that start within [start, end)."""
        found = []
        cuts = self._paragraphs.cuts
        for position in range(bisect.bisect_left(cuts, start), len(cuts) - 1):
            if cuts[position] >= end:
                break
            span = _trim(self.text, cuts[position], min(cuts[position + 1], end))
            if span.end > span.start:
                found.append(span)
        return found

    def sentences_in(self, span: Span) -> list[Span]:
        return self._walk("sentence", self._sentences, span)

    def clauses_in(self, span: Span) -> list[Span]:
        return self._walk("clause", self._clauses, span)

    def full_sentences_in(self, span: Span) -> list[Span]:
        """The full sentences from span.start on, each after the one before, up to span.end."""
        return self._walk("full sentence", self._full_sentences, span)

    def _walk(self, kind: str, spans: _SpansAt, span: Span) -> list[Span]:
        """The spans of one kind from span.start on, each after the one before, up to span.end (a fresh
        list each call: callers may change theirs)."""
        key = (kind, span.start, span.end)
        found = self._walks.get(key)
        if found is None:
            found = self._walks[key] = spans.walk(span.start, span.end)
        return list(found)

    def first_sentence(self, paragraph: Span) -> Span:
        return self.sentence(paragraph.start)


def _lookup(spans: _SpansAt) -> Callable[[int], Span]:
    """The span around an offset: kept from an earlier call, else found (`_SpansAt.at`)."""
    kept, find = spans.get, spans.at

    def span_at(offset: int) -> Span:
        return kept(offset) or find(offset)

    return span_at


class _SpansAt(dict[int, Span]):
    """The trimmed span around each offset asked for so far (a dict: `get` is the quick way in), over
    the cuts between spans; `at` finds and keeps an offset's span."""

    def __init__(self, text: str, cuts: list[int]) -> None:
        super().__init__()
        self.text = text
        self.cuts = cuts
        self.trimmed: list[Span | None] = [None] * max(len(cuts) - 1, 1)

    def at(self, offset: int) -> Span:
        position = bisect.bisect_right(self.cuts, offset) - 1
        last = len(self.cuts) - 2
        position = 0 if position < 0 else last if position > last else position
        span = self.trimmed[position]
        if span is None:
            span = self._trimmed(position)
        self[offset] = span
        return span

    def walk(self, start: int, end: int) -> list[Span]:
        """The spans `at` gives for `start`, then for the offset after each span found, up to `end`: the
        cuts are stepped through in order rather than searched for each offset."""
        found: list[Span] = []
        cuts = self.cuts
        last = len(cuts) - 2
        position = bisect.bisect_right(cuts, start) - 1
        position = 0 if position < 0 else last if position > last else position
        offset = start
        while offset < end:
            span = self.trimmed[position] or self._trimmed(position)
            found.append(span)
            offset = max(span.end + 1, offset + 1)
            while position < last and cuts[position + 1] <= offset:
                position += 1
        return found

    def _trimmed(self, position: int) -> Span:
        span = self.trimmed[position]
        if span is None:
            span = self.trimmed[position] = _trim(self.text, self.cuts[position], self.cuts[position + 1])
        return span


def _trim(text: str, start: int, end: int) -> Span:
    """Drop surrounding whitespace and trailing separators (and whitespace between them)."""
    words = text[start:end].lstrip()
    start = end - len(words)
    return Span(start, start + len(words.rstrip(_TRIMMED_AT_THE_END)))


Found = TypeVar("Found")


def kept_per_span(rule: Callable[[str, TextIndex, Span], Found]) -> Callable[[str, TextIndex, Span], Found]:
    """The rule, its finding kept in the index per span: several rules ask the same structures of a
    paragraph. Each call gets its own (shallow) copy of a list, dict or set, which it may change; a span,
    a tuple or None is returned as it is kept."""
    name = rule.__qualname__

    @functools.wraps(rule)
    def kept(text: str, index: TextIndex, span: Span) -> Found:
        if text is not index.text:
            return rule(text, index, span)
        key = (name, span.start, span.end)
        if key not in index.kept:
            index.kept[key] = rule(text, index, span)
        found = index.kept[key]
        return found.copy() if isinstance(found, list | dict | set) else found  # type: ignore[return-value]

    return kept


def inside_quotes(text: str, start: int, end: int, limit: int = 40) -> Span | None:
    """The quotation (“…”) that encloses text[start:end], looking at most `limit` characters around: the
    nearest quotation mark before it opens one (a straight " may open or close) and the nearest after it
    closes one."""
    if _QUOTE_MARK.search(text, max(0, start - limit), start) is None:
        return None  # no quotation mark before it (a forward scan; most figures stand in no quotation)
    before = _LAST_QUOTE_MARK.match(text, max(0, start - limit), start)
    if before is None or before.group(1) not in OPEN_QUOTES:
        return None
    after = _QUOTE_MARK.search(text, end, min(len(text), end + limit))
    if after is None or after.group() not in CLOSE_QUOTES:
        return None
    return Span(before.end(), after.start())


def frames_from_verb(
    frame: LazyPattern, verb: LazyPattern, text: str, span: Span, speaker_chars: tuple[int, int]
) -> Iterator[re.Match[str]]:
    """The matches `frame.finditer` gives in the span, found from its `verb`: a frame whose speaker holds
    `speaker_chars` (least, most) characters before its verb starts that far before the verb, so each
    search starts there instead of trying every position (a frame's pattern tries its whole reach at each)."""
    least, most = speaker_chars
    position = span.start
    while (found_verb := verb.search(text, position + least, span.end)) is not None:
        match = frame.search(text, max(position, found_verb.start() - most), span.end)
        if match is None:
            return
        yield match
        position = match.end()
