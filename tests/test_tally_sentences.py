"""A sentence that tallies what was done ("行动当晚，全市共设立卡点106个，…，发放宣传资料1.2万份") reports
results in every item of its list (guidelines §3: the past is not a target), though an item opens on a
verb a plan would use (发放, 开展); a plan word in the tally ("共计划…") still sets it ahead. What an
event holds up to its end date ("人才节持续至16日，将集中组织12场…活动") is its programme, not a region's
commitment.

The sentences are written for these tests after the shape of a city police sweep report.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws

_LEAD = "2023-08-14 22:00，正文：青川市公安局开展夏夜巡防行动。"


@pytest.mark.parametrize(
    "sentence",
    [
        "行动当晚，全市共设立卡点86个；设置宣传点位95个，发放宣传资料1.2万余份，播放宣传视频140余条。",
        "行动期间，全县累计开展宣讲40场，发放防诈手册3000份。",
        "全区共计发放宣传资料8600份。",
    ],
)
def test_the_items_of_a_tally_are_results(sentence: str) -> None:
    assert raws(_LEAD + sentence, 2023) == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("下半年，全市共计划发放宣传资料2万份。", ["2万份"]),
        ("下一步，全市将发放宣传资料2万份。", ["2万份"]),
    ],
)
def test_a_planned_tally_stays_a_plan(sentence: str, kept: list[str]) -> None:
    assert raws(_LEAD + sentence, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "2023-08-13 15:00，正文：青川州首届人才节开幕。本次人才节持续至16日，"
            "将集中组织12场以人才为主题的系列活动。",
            [],
        ),
        ("2023-08-13 15:00，正文：全县春耕生产将持续至4月底，将新建高标准农田2万亩。", ["2万亩"]),
    ],
)
def test_what_an_event_holds_up_to_its_end_date_is_its_programme(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
