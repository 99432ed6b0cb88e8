"""Where a character sits in the text: the quotation that encloses a span, the spans a walk gives."""

from __future__ import annotations

import sys
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.rules.text import (
    _COMMA,
    CLAUSE_ENDS,
    CLOSE_QUOTES,
    OPEN_QUOTES,
    UNICODE_WHITESPACE,
    Span,
    TextIndex,
    _boundaries,
    _trim,
    inside_quotes,
)

MARKS = sorted(set(OPEN_QUOTES + CLOSE_QUOTES))


def enclosing_quotation(text: str, start: int, end: int, limit: int) -> Span | None:
    """The definition, written out: the nearest quotation mark within `limit` before the span opens a
    quotation (a straight " may open or close), and the nearest within `limit` after it closes one."""
    marks_before = [at for at in range(max(0, start - limit), start) if text[at] in MARKS]
    marks_after = [at for at in range(end, min(len(text), end + limit)) if text[at] in MARKS]
    if not marks_before or not marks_after:
        return None
    opening, closing = marks_before[-1], marks_after[0]
    if text[opening] not in OPEN_QUOTES or text[closing] not in CLOSE_QUOTES:
        return None
    return Span(opening + 1, closing)


def test_a_figure_inside_a_slogan_is_inside_its_quotation() -> None:
    text = "提出“三年实现产值100亿元”的目标，全年产值80亿元。"
    figure = text.index("100亿元")
    assert inside_quotes(text, figure, figure + len("100亿元")) == Span(3, text.index("”"))
    outside = text.index("80亿元")
    assert inside_quotes(text, outside, outside + 4) is None


def test_a_closed_quotation_before_the_figure_does_not_enclose_it() -> None:
    text = "围绕“双碳”目标，新增光伏装机50万千瓦。"
    figure = text.index("50万千瓦")
    assert inside_quotes(text, figure, figure + 6) is None


def test_marks_beyond_the_limit_are_not_looked_at() -> None:
    text = "“" + "很" * 50 + "增长10%" + "很" * 50 + "”"
    figure = text.index("10%")
    assert inside_quotes(text, figure, figure + 3) is None
    assert inside_quotes(text, figure, figure + 3, limit=60) == Span(1, len(text) - 1)


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from([*MARKS, "增", "长", "1", "%", "，"]), max_size=60),
    start=st.integers(min_value=0, max_value=60),
    width=st.integers(min_value=0, max_value=5),
    limit=st.integers(min_value=1, max_value=30),
)
def test_the_enclosing_quotation_is_the_one_the_nearest_marks_make(
    text: str, start: int, width: int, limit: int
) -> None:
    start = min(start, len(text))
    end = min(start + width, len(text))
    assert inside_quotes(text, start, end, limit) == enclosing_quotation(text, start, end, limit)


def walked_one_offset_at_a_time(span_at: Callable[[int], Span], span: Span) -> list[Span]:
    """The definition of a walk: the span at span.start, then the span at the offset after each span
    found (at least one character further), up to span.end."""
    found = []
    offset = span.start
    while offset < span.end:
        found.append(span_at(offset))
        offset = max(found[-1].end + 1, offset + 1)
    return found


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(["增", "长", "1", ",", "，", "。", "；", " ", "\n", "！"]), max_size=40
    ),
    start=st.integers(min_value=0, max_value=40),
    width=st.integers(min_value=0, max_value=40),
)
def test_a_walk_gives_the_spans_asked_for_one_offset_at_a_time(text: str, start: int, width: int) -> None:
    span = Span(min(start, len(text)), min(start + width, len(text)))
    walked, asked = TextIndex(text), TextIndex(text)
    assert walked.clauses_in(span) == walked_one_offset_at_a_time(asked.clause, span)
    assert walked.sentences_in(span) == walked_one_offset_at_a_time(asked.sentence, span)
    assert walked.full_sentences_in(span) == walked_one_offset_at_a_time(asked.full_sentence, span)


def test_the_whitespace_named_is_every_character_str_strip_drops() -> None:
    assert set(UNICODE_WHITESPACE) == {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}


@given(
    st.text(alphabet=" \u3000\t\n，,。；;:：！？!?字1", max_size=20), st.integers(0, 20), st.integers(0, 20)
)
def test_a_span_is_trimmed_of_whitespace_and_separators_at_its_end_in_any_order(
    text: str, first: int, second: int
) -> None:
    start, end = sorted((min(first, len(text)), min(second, len(text))))
    words = text[start:end].lstrip()
    trimmed_start = end - len(words)
    while (stripped := words.rstrip().rstrip(CLAUSE_ENDS + "。")) != words:
        words = stripped
    assert _trim(text, start, end) == Span(trimmed_start, trimmed_start + len(words))


def test_every_digit_can_stand_beside_a_comma_the_index_checks() -> None:
    """The commas between digits are found among the commas between word characters that are not
    ideographs: every `str.isdigit` character is one."""
    digits = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isdigit()]
    assert all(_COMMA.match(f"{digit},{digit}", 1) for digit in digits)


@given(st.text(alphabet="1２①²,，。a字;", max_size=20))
def test_a_comma_between_digits_cuts_no_clause(text: str) -> None:
    expected = [0]
    for index, character in enumerate(text):
        between_digits = 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()
        if character in CLAUSE_ENDS and not (character == "," and between_digits):
            expected.append(index + 1)
    assert _boundaries(text, CLAUSE_ENDS) == [*expected, len(text)]
