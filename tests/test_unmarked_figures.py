"""A figure of a news item that nothing sets ahead is a fact, not a target (guidelines §3: the present is
not a target): the profile of a place that stands, the statistics of the present, the description of a
thing. Forward evidence keeps a figure a target: a mark of its clause or sentence (将, 计划, 力争, 今年,
还需 …), a plan's lead-in, a duty of a plan's register ("新建…", "全县实施…"), a paragraph that lists
duties, or the profile of a project still being built.

The sentences are written for these tests after the shapes of county and district news: a food park's
profile beside the county's plan for it, a county's background figures beside its leader's plan, a new
park's description, a rooftop-solar drive with work still to do, a document described by its articles.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws

NEWS_LEAD = "本报讯 记者近日从青禾县获悉，"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the profile of a park that stands, beside the county's plan for it: only the plan
        (
            NEWS_LEAD + "青禾县红星食品产业园位于县城东部，占地120亩，年产值1800万元，"
            "带动周边300余户农户增收。"
            "今年，该县计划在园区新建标准化厂房2万平方米，力争年底前引进食品加工企业10家。",
            ["2万平方米", "10家"],
        ),
        (
            NEWS_LEAD + "白沙镇茶叶合作社种植面积3000亩，年销售额2600万元。下一步，合作社将扩种茶园500亩。",
            ["500亩"],
        ),
        # a county's background figures beside its leader's plan
        (
            "据介绍，青禾县地处平原腹地，常住人口45万人，耕地面积80万亩，粮食年产量6亿斤。"
            "县长王强介绍，今年全县将实施重点项目50个。",
            ["50个"],
        ),
        # a park that was built, described: its size, its paths, its visitors
        (
            "新建成的滨河公园面积3.5万平方米，设有健身步道2公里、停车位200个，每天接待市民超过5000人次。"
            "据介绍，该区今年还将建设口袋公园15个。",
            ["15个"],
        ),
    ],
)
def test_a_news_item_figure_that_nothing_sets_ahead_is_a_fact(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a duty of a plan, with no subject or with the region as its subject, is planned
        (NEWS_LEAD + "新建高标准农田12万亩，改造提升老旧小区30个。", ["12万亩", "30个"]),
        # (not "完成…": a completion a news item reports with nothing ahead is a result)
        (NEWS_LEAD + "全县实施重点项目50个，改造农村公路80公里。", ["50个", "80公里"]),
        ("据介绍，公路方面，打通县际快速通道，新建农村公路120公里。", ["120公里"]),
        # a paragraph that lists duties: its figure in a sentence of its own is planned too
        (
            "据悉，加快建设现代化产业园。推进园区道路提质改造，完善供水供电配套。园区规模以上工业增加值增长8%。",
            ["8%"],
        ),
        # marked in its own clause or sentence
        (NEWS_LEAD + "园区内现有企业12家，下一步将新增入驻企业20家。", ["20家"]),
        # a report's plan with no news lead keeps its unmarked figures
        ("园区规模以上工业增加值增长8%，新增入驻企业20家。", ["8%", "20家"]),
    ],
)
def test_forward_evidence_keeps_a_figure_a_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the profile of a project still being built is its scale
        (
            "记者从柳溪区获悉，城东科创园项目位于柳溪大道北侧，总用地面积60亩，建筑面积达8万平方米。"
            "目前项目正加快推进，预计明年6月竣工。",
            ["60亩", "8万平方米"],
        ),
        (
            "记者从南岭市获悉，南岭地铁3号线全长28.5公里，设站21座。3号线建成后，市民出行将更加便利。",
            ["28.5公里", "21座"],
        ),
        # a project that breaks ground or is signed is yet to be built
        (
            "记者获悉，8月10日，青禾县智能制造产业园一期项目开工。项目总投资12亿元，规划建设标准厂房20万平方米。",
            ["12亿元", "20万平方米"],
        ),
        # a place's profile beside the projects it starts is a fact
        (
            "记者从青禾县获悉，该县上半年新开工项目32个。下半年，全县计划新开工项目40个。"
            "青禾县位于黄河北岸，是全国产粮大县，粮食播种面积120万亩。",
            ["40个"],
        ),
        # the same profile of a place that stands is a fact; so is a base's that has just gone into production
        (
            "某财经网讯 8月10日，青禾新材料生产基地正式建成投产。该公司投资兴建的生产基地占地面积2万平方米，"
            "年产量6万吨，产品销往30多个国家和地区。",
            [],
        ),
        (
            "记者从柳溪区获悉，城东科创园位于柳溪大道北侧，总用地面积60亩，建筑面积8万平方米，"
            "已入驻企业40家。",
            [],
        ),
    ],
)
def test_the_profile_of_a_project_still_being_built_is_its_scale(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # work that remains to be done is planned, after results in the same sentence
        (
            "目前，党政机关屋顶光伏建设任务已超额完成，工商业厂房光伏安装已接近任务目标，户用光伏还需完成260户。",
            ["260户"],
        ),
        ("记者获悉，全镇危房改造已完成80户，尚需改造35户。", ["35户"]),
        ("已完成改造80户。", []),
    ],
)
def test_work_that_remains_to_be_done_is_planned(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what a document is made of
        ("区法院印发了《涉案企业合规工作办法》，该办法共十八条，从适用条件等方面作出规范。", []),
        ("市政府出台《关于促进消费的若干意见》，《意见》分为6个部分。", []),
        # a count of measures to issue stays a target
        ("今年将出台稳增长政策措施20条。", ["20条"]),
    ],
)
def test_the_parts_of_a_document_are_not_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a thing's weight or depth said of it in passing
        ("记者获悉，由于在软土地层掘进，600吨重的盾构机极易下沉。", []),
        ("记者看到，阳光直射至20米深的车站。", []),
    ],
)
def test_a_measure_said_of_a_thing_in_passing_is_not_a_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
