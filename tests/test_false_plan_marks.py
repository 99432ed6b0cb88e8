"""Words of a news item that look like plan marks but are not (guidelines §3: the past is not a target):
将 with an object and a verb that hands or moves it ("将清凉饮品送到司机手中", as 把 does), and 确保 as the
aim of the work just told, closing its part of the sentence ("…，确保道路干净、畅通；"). A 将 of the
future ("将把资金发放到…", "将新建…") and a 确保 that heads a figure keep setting it ahead.

The sentences are written for these tests after the shapes of a trade union's event news and a
district's clean-up report.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws

_LEAD = "2023-08-07 15:00，正文：青川市总工会开展送清凉活动。"


@pytest.mark.parametrize(
    "sentence",
    [
        "活动中，市总工会将清凉饮品送到环卫工人手中，并为45名新会员颁发会员证。",
        "车管所将考试计划数投放至最大量，总人数达到860人，避免了考生积压。",
        "街道将慰问物资转交给社区，共慰问困难职工120户。",
    ],
)
def test_a_jiang_that_hands_an_object_on_sets_nothing_ahead(sentence: str) -> None:
    assert raws(_LEAD + sentence, 2023) == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("下一步，市总工会将把20万元慰问金发放到一线职工手中。", ["20万元"]),
        ("下一步，市总工会将新建职工之家30个。", ["30个"]),
    ],
)
def test_a_jiang_of_the_future_stays(sentence: str, kept: list[str]) -> None:
    assert raws(_LEAD + sentence, 2023) == kept


def test_an_aim_closing_its_part_of_the_sentence_sets_nothing_after_it_ahead() -> None:
    told = (
        "2023-08-07 13:00，正文：青川区开展周末大扫除。镇村干部拆除临时堤坝，清理道路淤泥，"
        "确保道路干净、畅通；社区干部等近80人纷纷行动起来，累计清除杂草40袋。"
    )
    assert raws(told, 2023) == []


def test_an_aim_that_heads_a_figure_stays_a_plan() -> None:
    text = "2023-08-07 13:00，正文：青川区部署防汛工作。全区将加固堤防，确保年内完成除险加固水库12座。"
    assert raws(text, 2023) == ["12座"]


def test_a_jiang_that_assigns_an_object_to_units_sets_nothing_ahead() -> None:
    text = (
        "2023-08-11 21:41，正文：截至8月10日，全镇整改完成率达90%。镇资规所召开推进会，"
        "将整改任务具体到村组，12个村主要负责人参加会议。"
    )
    assert raws(text, 2023) == []
