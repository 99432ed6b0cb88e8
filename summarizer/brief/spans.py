"""Spans in the cleaned text: finding a quote, checking a span, and laying out overlapping highlights."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.schema import Span
from summarizer.text import fold, locate_quote


def is_valid_span(span: Span | None, text: str) -> bool:
    return span is not None and 0 <= span[0] < span[1] <= len(text)


def resolve_span(text: str, span: Span | None, quote: str) -> tuple[Span | None, bool]:
    """The span to highlight and whether the quote is grounded there.

    A given span that holds the quote wins; else the quote is searched; else a given span is kept as is
    (ungrounded), so a backend's span is never silently dropped.
    """
    if not text:
        return None, True  # no cleaned text saved: nothing to check against, nothing to flag
    if span is not None and is_valid_span(span, text) and fold(text[span[0] : span[1]]) == fold(quote):
        return span, True
    located = locate_quote(text, quote)
    if located is not None:
        return located, True
    return (span if is_valid_span(span, text) else None), False


@dataclass(frozen=True)
class Highlight:
    """One span to mark: `ref` names it (the anchor id), `order` breaks ties between equal spans."""

    ref: str
    start: int
    end: int
    order: int = 0


@dataclass(frozen=True)
class Piece:
    """A layout step: text to print, a mark to open (`first`: the piece that carries the id), or a close."""

    action: str  # "text", "open" or "close"
    text: str = ""
    highlight: Highlight | None = None
    first: bool = False


def layout_highlights(text: str, highlights: Sequence[Highlight]) -> list[Piece]:
    """Well-nested open/text/close steps that cover every highlight exactly.

    Contained spans nest; crossing spans are split: the outer mark is closed and reopened around the end
    of the inner one, and later pieces repeat the `ref` without being `first`.
    """
    pending = sorted(highlights, key=lambda h: (h.start, -h.end, h.order))
    boundaries = sorted({0, len(text), *(h.start for h in highlights), *(h.end for h in highlights)})
    pieces: list[Piece] = []
    stack: list[Highlight] = []
    opened: set[str] = set()
    for position, next_position in zip(boundaries, [*boundaries[1:], None], strict=True):
        close_ending_at(position, stack, pieces, opened)
        while pending and pending[0].start == position:
            highlight = pending.pop(0)
            open_mark(highlight, stack, pieces, opened)
        if next_position is not None and next_position > position:
            pieces.append(Piece("text", text=text[position:next_position]))
    return pieces


def open_mark(highlight: Highlight, stack: list[Highlight], pieces: list[Piece], opened: set[str]) -> None:
    pieces.append(Piece("open", highlight=highlight, first=highlight.ref not in opened))
    opened.add(highlight.ref)
    stack.append(highlight)


def close_ending_at(position: int, stack: list[Highlight], pieces: list[Piece], opened: set[str]) -> None:
    """Close every open mark that ends here, reopening the marks above it that go on."""
    while any(highlight.end == position for highlight in stack):
        lowest = next(index for index, highlight in enumerate(stack) if highlight.end == position)
        above = stack[lowest + 1 :]
        for _ in range(len(stack) - lowest):
            pieces.append(Piece("close", highlight=stack.pop()))
        for highlight in above:
            if highlight.end != position:
                open_mark(highlight, stack, pieces, opened)
