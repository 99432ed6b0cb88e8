"""Quick checks in front of slow patterns: each rejects only texts that the pattern itself does not match
(property tests over texts built from the words the patterns look for)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.extract.rules.answers import _ASKER_FRAME, someone_asks
from summarizer.extract.rules.priorities.clauses import (
    _FRAME_MARK,
    _GLUED_SUBHEADING,
    _SUBHEADING_FOLLOWER,
    FRAME_REACH,
    SUBHEADING_REACH,
)
from summarizer.extract.rules.priorities.speakers import _REPORTING_FRAME, reporting_frames
from summarizer.extract.rules.priorities.vocabulary import SPEAKER_FRAME
from summarizer.extract.rules.text import Span
from summarizer.ingest.sections import CAPTION_RE, caption_spans
from summarizer.parse.quantities import (
    _RANGE,
    _RANGE_REACH,
    CANONICAL_UNITS,
    MAGNITUDES,
    _range_lead_characters,
)

SUBHEADING_WORDS = st.sampled_from(
    ["在", "方面", "上半年", "下半年", "今年以来", "下一步", "表示", "介绍", "指出", " ", "\u3000", ",", "，",
     "县", "区", "将", "要", "还", "推进", "产业", "项目", "张三", "。"]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(SUBHEADING_WORDS, max_size=30).map("".join), st.integers(0, 10))
def test_a_glued_subheading_always_has_its_follower_within_reach(text: str, start: int) -> None:
    start = min(start, len(text))
    if _GLUED_SUBHEADING.match(text, start, len(text)) is not None:
        assert _SUBHEADING_FOLLOWER.search(text, start, start + SUBHEADING_REACH) is not None


def test_the_longest_glued_subheading_is_within_reach() -> None:
    text = "一" * 24 + "在" + "二" * 10 + "方面，"
    assert _GLUED_SUBHEADING.match(text) is not None
    assert _SUBHEADING_FOLLOWER.search(text, 0, SUBHEADING_REACH) is not None


FRAME_WORDS = st.sampled_from(
    [
        "表示",
        "指出",
        "部署",
        ",",
        "，",
        ":",
        "：",
        "答",
        "书记",
        "长",
        "张三",
        "李四",
        "记者",
        "“",
        "。",
        "我们",
        "推进",
    ]
)


@settings(max_examples=500)
@given(st.lists(FRAME_WORDS, max_size=30).map("".join))
def test_a_speaker_frame_always_ends_within_reach(text: str) -> None:
    if SPEAKER_FRAME.match(text) is not None:
        assert _FRAME_MARK.search(text, 0, FRAME_REACH) is not None


def test_the_longest_speaker_frame_is_within_reach() -> None:
    text = "一" * 24 + "," + "二" * 12 + "部署," + "三"
    assert SPEAKER_FRAME.match(text) is not None
    assert _FRAME_MARK.search(text, 0, FRAME_REACH) is not None


NUMERALS = st.sampled_from(["3", "30", "1,200", "2.5", "三", "十五", "二十", "一百"])
MAGNITUDE_WORDS = st.sampled_from(["", *MAGNITUDES])
UNIT_WORDS = st.sampled_from(["", *CANONICAL_UNITS])
SEPARATORS = st.sampled_from(["-", "~", "至", "到", "—", "，", "和", ""])
RANGES = st.tuples(NUMERALS, MAGNITUDE_WORDS, UNIT_WORDS, SEPARATORS, NUMERALS, MAGNITUDE_WORDS, UNIT_WORDS)


@settings(max_examples=1000)
@given(RANGES)
def test_a_range_always_has_a_separator_after_the_run_of_its_low_end(pieces: tuple[str, ...]) -> None:
    text = "".join(pieces)
    if _RANGE.match(text) is not None:
        assert _RANGE_REACH.match(text) is not None


def test_the_characters_of_a_low_end_hold_no_separator() -> None:
    assert not set(_range_lead_characters()) & set("~～〜-—–－至到")
    assert _RANGE_REACH.match("1,200.5万千瓦时-2000万千瓦时") is not None
    assert _RANGE_REACH.match("30万元，50万元") is None


CAPTION_WORDS = st.sampled_from(
    ["摄", "张某", "李", "王小明", "记者", "通讯员", "（", "）", "(", ")", "。", ".", "！", "?", " ", "  ",
     "\u3000", "\n", "图为", "某公园夜景", "县", "长丰县将新增摄像头", "100个", "，", "a",
     "张某 摄", "张某 摄 ", "（记者 王小明 摄）", "(李四摄)", "王小明  摄\n", "通讯员张某摄）", "图" * 30]
)  # fmt: skip


def captions_of_a_whole_scan(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in CAPTION_RE.finditer(text)]


@settings(max_examples=1500)
@given(st.lists(CAPTION_WORDS, max_size=60).map("".join))
def test_captions_found_near_each_credit_are_those_a_whole_scan_finds(text: str) -> None:
    assert caption_spans(text) == captions_of_a_whole_scan(text)


def test_captions_far_apart_long_ones_and_a_credit_after_many_spaces_are_found_as_a_whole_scan_does() -> None:
    long_caption = "图" * 79 + "。张某 摄\n"
    texts = [
        "开头。" + long_caption + "中间" * 200 + "图为夜景（记者 王小明 摄）" + "结尾" * 100,
        "一" * 120 + "二 摄 三",  # the caption is the last 80 characters before the credit
        "图为夜景" + " " * 400 + "张某 摄",
        "图为夜景。" + " " * 200 + "张某" + " " * 200 + "摄 ",
        "图为夜景张某 摄摄",  # a 摄 right after a credit's 摄
        "摄" * 5 + "图为 张某 摄",
    ]
    for text in texts:
        assert caption_spans(text) == captions_of_a_whole_scan(text), text
    assert caption_spans(texts[0]) != []


ASKER_WORDS = st.sampled_from(
    ["提出", "反映", "提问", "问道", "询问", "希望", "，", ",", "：", ":", "。", "；", "“", "”", "居民",
     "王英", "提出，", "反映：", "居民王英提出，", "问道,", "来自某小区的", "记者", "表示", "将", "\n", " ",
     "a"]
)  # fmt: skip


@settings(max_examples=1500)
@given(st.lists(ASKER_WORDS, max_size=40).map("".join), st.integers(0, 8), st.integers(0, 8))
def test_someone_asks_where_the_asker_frame_matches(text: str, cut_start: int, cut_end: int) -> None:
    paragraph = Span(min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end))
    expected = _ASKER_FRAME.search(text, paragraph.start, paragraph.end) is not None
    assert someone_asks(text, paragraph) == expected


REPORTING_WORDS = st.sampled_from(
    ["说", "表示", "介绍", "指出", "强调", "透露", "，", ",", "：", "。", "；", "“", "”", "区长", "王某",
     "表示，", "介绍：", "某区委书记王某表示，", "说“", "将", "推进", "\n", " ", "一" * 12]
)  # fmt: skip


@settings(max_examples=1500)
@given(st.lists(REPORTING_WORDS, max_size=40).map("".join), st.integers(0, 6), st.integers(0, 6))
def test_reporting_frames_found_from_their_verbs_are_those_a_whole_scan_finds(
    text: str, cut_start: int, cut_end: int
) -> None:
    sentence = Span(min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end))
    whole = _REPORTING_FRAME.finditer(text, sentence.start, sentence.end)
    assert [(m.span(), m.groups()) for m in reporting_frames(text, sentence)] == [
        (m.span(), m.groups()) for m in whole
    ]
