"""Locating quotes in folded text: the fast path for normalized text agrees with the per-character one."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from summarizer.llm.grounding import FoldedText
from summarizer.text import fold

# CJK, fullwidth forms, spaces of several kinds, a combining accent, compatibility characters.
CJK = "年亿元万吨个以上到达，。"
FULLWIDTH = "１２３４５６７８９０％"
OTHERS = [" ", "\u3000", "\n", "\t", "e", "\u0301", "\u212b", "①", "ｶ", "ﾟ", "%"]
CHARACTERS = st.sampled_from([*CJK, *FULLWIDTH, *OTHERS])
TEXTS = st.lists(CHARACTERS, max_size=40).map("".join)


def folded_per_character(text: str) -> tuple[str, list[int]]:
    """The reference: each character normalized on its own, whitespace dropped."""
    characters, origins = [], []
    for position, character in enumerate(text):
        for folded in unicodedata.normalize("NFKC", character):
            if not folded.isspace():
                characters.append(folded)
                origins.append(position)
    return "".join(characters), origins


@given(TEXTS)
def test_normalized_text_folds_as_character_by_character(raw: str) -> None:
    text = unicodedata.normalize("NFKC", raw)
    expected_folded, expected_origins = folded_per_character(text)
    folded = FoldedText(text)
    assert folded.folded == expected_folded == fold(text)
    assert folded._origins == expected_origins


@given(TEXTS)
def test_unnormalized_text_folds_character_by_character(text: str) -> None:
    expected_folded, expected_origins = folded_per_character(text)
    folded = FoldedText(text)
    assert (folded.folded, folded._origins) == (expected_folded, expected_origins)


@given(TEXTS, st.integers(0, 40), st.integers(0, 40))
def test_a_slice_of_the_text_is_found_where_it_stands(raw: str, first: int, second: int) -> None:
    text = unicodedata.normalize("NFKC", raw)
    start, end = sorted((min(first, len(text)), min(second, len(text))))
    quote = text[start:end]
    span = FoldedText(text).find(quote)
    if not fold(quote):
        assert span is None
        return
    assert span is not None
    assert fold(text[span[0] : span[1]]) == fold(quote)


def test_a_fullwidth_quote_is_found_in_halfwidth_text() -> None:
    text = "全年实施重大项目 90个以上"
    span = FoldedText(text).find("重大项目９０个")
    assert span == (4, 12) and text[4:12] == "重大项目 90个"
