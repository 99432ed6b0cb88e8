"""A goal a clause aims at and names at its end ("锚定…5950万亩永久基本农田全部建成高标准农田目标任务") is a
target even in a report of funds raised (guidelines §3); what is to happen at an event's site ("…等50余家
单位将在现场进行招聘", the job fair named just before) is the event's programme, not a region's
commitment.

The sentences are written for these tests after the shapes of a provincial finance report and a
district's event preview.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "2023-08-12 08:40，正文：8月10日获悉，省财政锚定支持3200万亩永久基本农田"
            "全部建成高标准农田目标任务，多方筹资近20亿元。",
            ["3200万亩"],
        ),
        ("今年以来，全县瞄准粮食总产稳定在80万吨以上的年度目标任务，已建成高标准农田5万亩。", ["80万吨以上"]),
        # measured against the goal: a result
        ("今年以来，全县粮食总产达85万吨，超过80万吨的年度目标。", []),
    ],
)
def test_a_goal_the_clause_aims_at_and_names_at_its_end_is_a_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "2023-08-12 14:24，正文：8月12日，区人社局主办的专场招聘夜市将在滨江街区举行。"
            "青川新能源公司、青川药业公司等40余家单位将在现场进行招聘。",
            [],
        ),
        ("2023-08-12 14:24，正文：区人社局今年将组织40余家单位开展校园招聘。", ["40余家"]),
    ],
)
def test_what_happens_at_an_event_s_site_is_its_programme(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
