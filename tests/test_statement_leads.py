"""The time that opens a document's or a speaker's statement ("方案提出，到2025年，…") governs the goals
of the sentences right after it that name no time of their own (guidelines v2, "Deadlines": the lead-in
of the list that contains a target); a sentence between that names its own time ends that reach, and a
bare time opening an earlier item ("2024年计划…。") heads that item only.

The sentences are written for these tests after the shape of a zone's industry-plan news item.
"""

from __future__ import annotations

from tests.test_deadlines import deadlines_of


def test_a_statement_s_opening_time_governs_the_goals_of_the_next_sentence() -> None:
    text = (
        "2023-08-14 10:00，正文：青湖高新区出台行动方案。方案提出，到2026年，全区锂电池产能达到80吉瓦时；"
        "储能电站装机突破50万千瓦。打造6款以上具有影响力的储能产品品牌。"
    )
    assert deadlines_of(text, 2023) == {"80吉瓦时": "2026", "50万千瓦": "2026", "6款以上": "2026"}


def test_a_sentence_with_its_own_time_in_between_ends_the_reach() -> None:
    text = (
        "2023-08-14 10:00，正文：方案提出，到2026年，全区锂电池产能达到80吉瓦时。今年全区将新建充电桩500个。"
        "打造6款以上储能产品品牌。"
    )
    assert deadlines_of(text, 2023) == {"80吉瓦时": "2026", "500个": "2023", "6款以上": None}


def test_a_bare_time_opening_an_earlier_item_heads_that_item_only() -> None:
    text = "推进高标准农田升级。2024年计划打造蔬菜基地1000亩。农业机械化率达90.5%。"
    assert deadlines_of(text, 2024) == {"1000亩": "2024", "90.5%": None}
