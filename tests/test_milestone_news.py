"""A news item whose lead reports a milestone of works still being built (a tunnel through, a first beam
cast, a basement slab poured): the past is the milestone's, and the profile of the project given after
it is the project's scale, a target (guidelines §3). The state before the works and the parts of a
scale just given stay out.

The sentences are written for these tests after the shapes of road and park site news.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a sea crossing's tunnel is through: the crossing's length is its scale
        (
            "2023-08-10，正文：省交通集团10日发布消息称，当天16时，经过建设者700天的奋战，青湾跨海通道项目"
            "白石隧道双线贯通，连通了两岸的陆上接线。青湾跨海通道项目全长约26公里，"
            "设超大斜拉桥2座，互通立交3处。其中，黄岭隧道已于2022年6月6日顺利贯通。此次贯通的白石隧道"
            "自2021年5月5日开工建设，是连接陆地与海域的关键一环。",
            ["26公里"],
        ),
        # a first beam cast on an expressway under construction: the route's length
        (
            "2023-08-08，正文：8月7日，青禾高速二标项目首片预制T梁顺利完成浇筑，标志着二标项目正式进入"
            "桥梁预制阶段。青禾高速项目起于青禾县北侧，终于柳溪县南侧，路线全长76.4公里，"
            "采用双向四车道高速公路技术标准，目前正在加快推进建设。",
            ["76.4公里"],
        ),
        # a science park's slab is poured: its land and floor area
        (
            "2023-08-08，正文：晚上8点，柳溪科创园项目现场仍灯火通明。截至目前，承建方已完成地下室顶板浇筑，"
            "标志着项目主体达到“正负零”。柳溪科创园项目位于柳溪高新区北部区域，总用地面积38.2亩，"
            "建筑面积达8.6万平方米。相继完成了桩基工程、土方开挖等工序。依据施工计划，该项目将于明年竣工验收。",
            ["38.2亩", "8.6万平方米"],
        ),
    ],
)
def test_the_profile_after_a_milestone_of_works_ahead_is_the_projects_scale(
    text: str, kept: list[str]
) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the state before the works, said after the milestone, is past
        (
            "2023-08-10，正文：省交通集团10日发布消息称，青湾跨海通道项目白石隧道双线贯通，连通了两岸的"
            "陆上接线。青湾跨海通道项目原先规划全长约24公里，设超大斜拉桥2座。此次贯通的白石隧道"
            "自2021年5月5日开工建设，是连接陆地与海域的关键一环。",
            [],
        ),
        # the parts of a scale just given stay out
        (
            "2023-08-10，正文：省交通集团10日发布消息称，青湾跨海通道项目白石隧道双线贯通，连通了两岸的"
            "陆上接线。青湾跨海通道项目全长约26公里，其中跨海段约12公里。此次贯通的白石隧道"
            "自2021年5月5日开工建设，是连接陆地与海域的关键一环。",
            ["26公里"],
        ),
        # a finished work's profile stays a fact
        (
            "2023-08-08，正文：8月8日，青湾大桥正式建成通车。青湾大桥全长3.2公里，设计速度80公里/小时。",
            [],
        ),
    ],
)
def test_the_state_before_and_the_parts_stay_out(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
