"""Locating quotes in folded text: the fast path for normalized text agrees with folding by character."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from summarizer.text import FoldedText, fold, fold_by_character, nfkc

# CJK, fullwidth forms, spaces of several kinds, a combining accent, compatibility characters.
CJK = "年亿元万吨个以上到达，。"
FULLWIDTH = "１２３４５６７８９０％"
OTHERS = [" ", "\u3000", "\n", "\t", "e", "\u0301", "\u212b", "①", "ｶ", "ﾟ", "%"]
CHARACTERS = st.sampled_from([*CJK, *FULLWIDTH, *OTHERS])
TEXTS = st.lists(CHARACTERS, max_size=40).map("".join)


@given(TEXTS)
def test_normalized_text_folds_as_character_by_character(raw: str) -> None:
    text = unicodedata.normalize("NFKC", raw)
    expected_folded, expected_origins = fold_by_character(text)
    folded = FoldedText(text)
    assert folded.folded == expected_folded == fold(text)
    assert folded.origins == expected_origins


@given(TEXTS)
def test_unnormalized_text_folds_character_by_character(text: str) -> None:
    folded = FoldedText(text)
    assert (folded.folded, folded.origins) == fold_by_character(text)


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


# Characters whose NFKC form depends on their neighbours: a letter and the accents composed onto it, Hangul
# jamo that compose into a syllable, accents of different classes that NFKC reorders.
COMPOSING = ["e", "\u0301", "\u0327", "\u0323", "\u1100", "\u1161", "\u11a8", "\u3099", "か", "Ⅱ", "\xa0"]
MIXED_TEXTS = st.lists(st.sampled_from([*CJK, *FULLWIDTH, *OTHERS, *COMPOSING]), max_size=60).map("".join)


@given(MIXED_TEXTS)
def test_nfkc_is_unicodedatas_nfkc(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


@given(st.text(max_size=80))
def test_nfkc_of_any_text_is_unicodedatas_nfkc(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_a_line_left_unnormalized_is_normalized_on_its_own() -> None:
    text = "第Ⅱ期，e\u0301\n一、完善机制（试行）\n"
    assert nfkc(text) == "第II期,é\n一、完善机制(试行)\n"
