"""Figures that qualify or found another (guidelines §3): a size class before the noun it qualifies
("千亿级企业不少于1家") names a kind of thing, the count is the target; the former level a change starts
from ("在原有200个的基础上新增50个") is a baseline; a purpose clause (为确保…) and a noun 计划数 set
nothing ahead; 款 counts models and brands ("打造10款以上品牌") and 类 kinds ("每年筛选12类问题"), unless
the items are counted right after them ("3类21个主题"); the total area of works planned ("将新建…5个，
总面积120亩") is planned too, of works that exist a present state.

The sentences are written for these tests after the shapes of a zone's industry plan and a county
office's summer service news.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "2023-08-14 10:00，正文：方案提出，到2026年，青湖高新区产值千亿级企业不少于2家、"
            "百亿级企业不少于8家。",
            ["2家", "8家"],
        ),
        ("今年，全县将培育百亿级企业5家。", ["5家"]),
    ],
)
def test_a_size_class_before_its_noun_is_no_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    "text",
    [
        "到2027年，全市经济总量迈上千亿级台阶。",
        "到2027年，全区数字经济达到千亿级规模。",
    ],
)
def test_a_size_class_as_a_level_to_reach_stays(text: str) -> None:
    assert raws(text, 2023) == ["千亿级"]


def test_a_size_class_of_a_noun_nobody_counts_is_the_size_to_reach() -> None:
    text = (
        "2023-08-14 10:00，正文：方案提出，到2026年，青湖高新区锂电池产能达到80吉瓦时，"
        "共同打造万亿级新能源产业走廊。"
    )
    assert raws(text, 2023) == ["80吉瓦时", "万亿级"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "2023-08-13 18:00，正文：据了解，为确保考生及时参考，县车管所向上级申请，"
            "在原来每周6场考试的基础上再增加2场考试。",
            [],
        ),
        ("今年，全区将在原有120个网点的基础上新增30个便民网点。", ["30个"]),
        ("明年，全镇将在现有15家养老机构基础上再建成3家。", ["3家"]),
    ],
)
def test_the_former_level_of_a_change_is_a_baseline(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


def test_a_purpose_clause_sets_nothing_ahead_but_a_plan_word_after_it_does() -> None:
    narrated = "2023-08-13 18:00，正文：据了解，为确保汛期安全，县水利局组织巡查堤防42公里。"
    planned = "2023-08-13 18:00，正文：为确保汛期安全，县水利局将组织巡查堤防42公里。"
    assert raws(narrated, 2023) == []
    assert raws(planned, 2023) == ["42公里"]


def test_a_planned_number_as_a_noun_marks_no_plan() -> None:
    text = "2023-08-13 18:00，正文：据了解，县车管所调整考试计划数，暑期参考总人数达到980人。"
    assert raws(text, 2023) == []


def test_models_and_brands_are_counted() -> None:
    text = "方案提出，到2025年，打造8款以上具有标识度的智能网联汽车品牌。"
    assert raws(text, 2023) == ["8款以上"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("今年，全省将每年筛选10类民生痛点问题开展综合执法。", ["10类"]),
        ("今年，全市将推出惠民服务事项，包括4类26个主题。", ["26个"]),
    ],
)
def test_kinds_are_counted_unless_the_items_are_counted_next(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("今年，全县将新建口袋公园6个，总面积150亩。", ["6个", "150亩"]),
        ("全县现有口袋公园6个，总面积150亩。", []),
    ],
)
def test_the_total_area_of_works_planned_is_planned_too(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
