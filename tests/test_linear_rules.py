"""Rules that compare items with each other do it in linear time, with the results of the pairwise
definition: checked against that definition, written out, on generated items."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.rules.priorities.find import _item_contexts, _outermost
from summarizer.extract.rules.targets import occurrences
from summarizer.extract.rules.text import Span, TextIndex

spans = st.builds(
    lambda start, width: Span(start, start + width), st.integers(0, 30), st.integers(0, 12)
).filter(lambda span: span.end > span.start)


@settings(max_examples=300, deadline=None)
@given(heads=st.lists(spans, max_size=12))
def test_the_outermost_heads_are_those_no_head_starting_before_contains(heads: list[Span]) -> None:
    contained = [head for head in heads if any(o.start < head.start and head.end <= o.end for o in heads)]
    assert _outermost(heads) == [head for head in heads if head not in contained]


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from([*"要抓一二是，。", "\n"]), min_size=1, max_size=40),
    starts=st.lists(st.integers(0, 39), max_size=8, unique=True),
)
def test_a_head_shares_its_paragraph_when_another_head_starts_in_it(text: str, starts: list[int]) -> None:
    index = TextIndex(text)
    heads = [Span(start, min(start + 3, len(text))) for start in sorted(starts) if start < len(text)]
    contexts = _item_contexts(text, index, heads)
    for head, context in zip(heads, contexts, strict=True):
        paragraph = index.paragraph(head.start)
        shared = sum(paragraph.start <= other.start < paragraph.end for other in heads) > 1
        position = heads.index(head)
        following = heads[position + 1].start if position + 1 < len(heads) else paragraph.end
        end = min(max(following, head.end), paragraph.end) if shared else index.full_sentence(head.start).end
        assert context == text[head.start : max(end, head.end)]


@given(st.text(alphabet="6号线1６٣啊", max_size=30), st.text(alphabet="6号线啊", max_size=3))
def test_a_names_occurrences_are_the_regular_expressions(text: str, word: str) -> None:
    """Where a name stands, not after a digit, each after the one before: as `re.finditer` finds it."""
    expected = [match.start() for match in re.finditer(rf"(?<!\d){re.escape(word)}", text)]
    assert occurrences(text, word) == expected
