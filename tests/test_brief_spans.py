"""Quotes located in the cleaned text, and overlapping highlights laid out as well-nested marks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from summarizer.brief.spans import Highlight, Piece, layout_highlights, locate_quote, resolve_span

TEXT = "坚定不移抓好项目建设和招商引资。全年实施重大项目90个以上，完成投资85亿元以上。"


def test_locate_quote_verbatim() -> None:
    start, end = locate_quote(TEXT, "完成投资85亿元以上") or (0, 0)
    assert TEXT[start:end] == "完成投资85亿元以上"


def test_locate_quote_after_folding_whitespace_and_width() -> None:
    text = "持续落实“六降\n一补优环境”政策，年内引进亿元项目４０个以上。"
    span = locate_quote(text, "“六降一补优环境”")
    assert span is not None and text[span[0] : span[1]] == "“六降\n一补优环境”"
    span = locate_quote(text, "引进亿元项目40个以上")
    assert span is not None and text[span[0] : span[1]] == "引进亿元项目４０个以上"


def test_locate_quote_not_there() -> None:
    assert locate_quote(TEXT, "不存在的引文") is None
    assert locate_quote(TEXT, "  ") is None


def test_resolve_span_prefers_a_span_that_holds_the_quote_and_repairs_one_that_does_not() -> None:
    good = (TEXT.index("全年"), TEXT.index("全年") + len("全年实施重大项目90个以上"))
    assert resolve_span(TEXT, good, "全年实施重大项目90个以上") == (good, True)
    assert resolve_span(TEXT, (0, 4), "全年实施重大项目90个以上") == (good, True)
    assert resolve_span(TEXT, (0, 4), "不存在的引文") == ((0, 4), False)
    assert resolve_span(TEXT, (5, 999), "不存在的引文") == (None, False)


def marked_text(pieces: list[Piece]) -> dict[str, str]:
    """Each ref's text as a reader of the marks sees it; asserts the marks are well nested."""
    open_refs: list[str] = []
    texts: dict[str, str] = {}
    for piece in pieces:
        if piece.action == "open" and piece.highlight:
            open_refs.append(piece.highlight.ref)
            texts.setdefault(piece.highlight.ref, "")
        elif piece.action == "close" and piece.highlight:
            assert open_refs.pop() == piece.highlight.ref
        else:
            for ref in open_refs:
                texts[ref] += piece.text
    assert not open_refs
    return texts


def test_crossing_and_nested_and_equal_spans() -> None:
    text = "规划发展900平方公里5G瓦风力发电和500平方公里24G瓦光伏发电产业"
    spans = {"a": (0, 19), "b": (4, 19), "c": (4, 12), "d": (10, 24), "e": (20, 37), "f": (20, 37)}
    highlights = [
        Highlight(ref, start, end, order) for order, (ref, (start, end)) in enumerate(spans.items())
    ]
    pieces = layout_highlights(text, highlights)
    assert marked_text(pieces) == {ref: text[start:end] for ref, (start, end) in spans.items()}
    assert "".join(piece.text for piece in pieces) == text
    firsts = [
        piece.highlight.ref for piece in pieces if piece.action == "open" and piece.first and piece.highlight
    ]
    assert sorted(firsts) == sorted(spans)


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)), max_size=8))
def test_any_spans_are_covered_exactly(raw_spans: list[tuple[int, int]]) -> None:
    text = "".join(chr(0x4E00 + index) for index in range(40))
    spans = {
        f"s{index}": (start, min(start + length, len(text)))
        for index, (start, length) in enumerate(raw_spans)
    }
    highlights = [
        Highlight(ref, start, end, order) for order, (ref, (start, end)) in enumerate(spans.items())
    ]
    pieces = layout_highlights(text, highlights)
    assert marked_text(pieces) == {ref: text[start:end] for ref, (start, end) in spans.items()}
    assert "".join(piece.text for piece in pieces) == text
