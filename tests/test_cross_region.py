"""Regions of works that span several places (expressways, railways, canals, pipelines): which region an
item about such a work speaks for, and whose a figure about a route between two places is (guidelines §1).

The sentences are written for these tests after the shapes of project news: a tunnel of an expressway
between two cities breaks through, a railway is laid out from one county to another, a travel time
between two cities is to shrink.
"""

from __future__ import annotations

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article
from summarizer.ingest.sections import main_region
from summarizer.parse.quantities import find_quantities
from summarizer.schema import Target

NEWS_PAGE = "23-08-15 09:10，正文："


def extracted(text: str) -> list[Target]:
    return extract_article(prepare_article(text_document(text))).targets


def region_name(text: str) -> str | None:
    region = main_region(text)
    return None if region is None else region.name


# ------------------------------------------- a work named by its two ends is their common parent's


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # the first end is the place the item names most: the work is the province's
        (
            "宜宾至西昌高速公路宜宾段白岩隧道贯通。隧道位于宜宾市屏山县，宜宾段地质复杂。"
            "宜宾至西昌高速公路全长约320公里，今年年底将建成通车120公里。",
            "四川省",
        ),
        # laid out from one county to another of the same city: the city's
        (
            "记者获悉，合安高铁桐城段桥梁架设完成。线路起于桐城市双港镇，经桐城市区，止于怀宁县石牌镇，"
            "桐城境内设站2座。",
            "安庆市",
        ),
    ],
)
def test_a_work_between_two_units_is_their_common_parents(text: str, region: str) -> None:
    assert region_name(text) == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # the place named most is no end of the work: a county's item that names a railway in passing
        (
            "白水县召开项目推进会。白水县今年计划实施重点项目40个，白水县将借助西安至延安高铁加快发展。",
            "白水县",
        ),
        # ends in two provinces have no common unit below the country: the item keeps its place
        ("雅安至叶城高速雅安段开工。雅安段全长约80公里，雅安市将全力保障施工。", "雅安市"),
    ],
)
def test_a_route_leaves_other_items_their_place(text: str, region: str) -> None:
    assert region_name(text) == region


# ------------------------------------------- a figure about a route between two places is no end's


def test_a_travel_time_between_two_cities_is_the_routes_region() -> None:
    text = NEWS_PAGE + (
        "四川省交通运输厅介绍，宜宾至西昌高速公路今年年底建成后，"
        "宜宾至西昌车程将由原来的6个小时缩短至3个小时。"
    )
    [target] = extracted(text)
    assert (target.raw, target.unit, target.region) == ("3个小时", "小时", "四川省")


def test_a_place_that_opens_its_clause_alone_still_owns_its_figures() -> None:
    text = NEWS_PAGE + "据介绍，宜宾市今年计划实施重点项目120个。"
    [target] = extracted(text)
    assert target.region == "宜宾市"


# ------------------------------------------- "个小时" is a duration in hours, not a count


@pytest.mark.parametrize(("written", "value"), [("4个小时", 4), ("2.5个小时", 2.5), ("8小时", 8)])
def test_hours_with_a_counter_are_hours(written: str, value: float) -> None:
    [quantity] = find_quantities(written)
    assert (quantity.unit, quantity.value) == ("小时", value)


# ------------------------------------------- a city's leaders visiting its districts speak for the city


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a zone's official who comes along has a given name that reads as a county (凌云 → 凌云县)
        (
            "7月20日下午，市委书记王明，市委副书记、市长李强分别率队赴石峰区、天元区观摩重点项目。"
            "株洲高新区党工委书记陈凌云参加。株洲高新区今年重点项目推进顺利。",
            "株洲市",
        ),
        # a place right after a name and a verb is still a place
        ("市委书记王明赴凌云县调研，察看了凌云县重点项目。", "百色市"),
    ],
)
def test_a_city_leader_visiting_its_districts_speaks_for_the_city(text: str, region: str) -> None:
    assert region_name(text) == region


# ------------------------------------------- a period's plan set against its result is a result


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (NEWS_PAGE + "1月至6月，全市重点项目完成投资96亿元，计划开工项目73个，实际开工88个。", []),
        (NEWS_PAGE + "上半年，全县计划签约项目20个，实际签约26个，完成年度任务的65%。", []),
        # a plan with nothing set against it stays a plan
        (NEWS_PAGE + "下半年，全市计划开工项目80个。", ["80个"]),
    ],
)
def test_a_plan_set_against_what_was_actually_done_is_a_result(text: str, kept: list[str]) -> None:
    assert [target.raw for target in extracted(text)] == kept


# ------------------------------------------- the profile of a project visited and already finished


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE
            + "观摩项目简介1.青禾先进封装项目总投资7.62亿元，主要建设封装生产线。项目已于今年4月竣工，"
            "目前正进行试生产。2.青禾精密机床一期项目总投资2亿元，已于今年5月建成投产，未来将打造机床产业基地。",
            [],
        ),
        # finished only later, or only in part, or still planned: the scale stays a target
        (NEWS_PAGE + "青禾新材料产业园项目总投资5亿元，主体已完工，预计10月底竣工投产。", ["5亿元"]),
        (NEWS_PAGE + "青禾新材料产业园项目总投资5亿元，一期已建成投产。", ["5亿元"]),
        (NEWS_PAGE + "今年，青禾县将新建新材料产业园项目，总投资5亿元，一期已建成投产。", ["5亿元"]),
    ],
)
def test_the_profile_of_a_finished_project_is_a_fact(text: str, kept: list[str]) -> None:
    assert [target.raw for target in extracted(text)] == kept


# ------------------------------------------- a zone official named after a clause about a project


def test_an_officials_place_starts_after_the_clause_before_it() -> None:
    text = (
        "今年初，青禾高新区与该公司签订项目招引协议。“挂帅”该项目的青禾高新区党工委委员、管委会副主任"
        "王明表示，要确保项目早落地。青禾高新区今年招引项目势头良好。"
    )
    assert region_name(text) == "青禾高新区"


# ------------------------------------------- the narrated means of a task done for one company


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE + "挂帅该项目的青禾高新区管委会副主任王明立即召集相关部门研讨，争取电力部门支持，"
            "将电力负荷从170千伏安提升至600千伏安，确保项目早落地。",
            [],
        ),
        # a plan that moves a level from one value to another stays a plan
        (NEWS_PAGE + "下一步，青禾县将把森林覆盖率从40%提高到45%。", ["45%"]),
        (NEWS_PAGE + "今年，青禾县要将森林覆盖率从40%提高到45%。", ["45%"]),
        (NEWS_PAGE + "青禾县将积极争取上级支持，新建学校3所。", ["3所"]),
    ],
)
def test_support_obtained_and_a_level_moved_are_narrated_work(text: str, kept: list[str]) -> None:
    assert [target.raw for target in extracted(text)] == kept


# ------------------------------------------- a plan word inside the counts at a cut-off


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE + "截至7月中旬，该区累计在谈项目146个，签约亿元以上项目38个，拟签约项目20个，"
            "引资总额72.2亿元。",
            ["20个"],
        ),
        # no cut-off: the plan word governs the clauses after it
        (NEWS_PAGE + "今年，全县计划签约项目20个，引资总额72.2亿元。", ["20个", "72.2亿元"]),
    ],
)
def test_a_plan_word_among_a_cut_offs_counts_marks_its_own_clause(text: str, kept: list[str]) -> None:
    assert [target.raw for target in extracted(text)] == kept


# ------------------------------------------- a year inside a document's name dates nothing around it


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE
            + "青禾市2022年实现地区生产总值875.7亿元。今年以来，该市全力推进项目建设，有26个项目开工建设，"
            "出台《青禾市2023年度全员招商引资工作方案》，引进光伏等项目40余个，投资额超50亿元。"
            "今年的报告显示，2022年千亿县总数达54个，完成GDP8.6万亿元，占全国经济总量的7.1%。",
            [],
        ),
        # a plan word outside the name still sets the clauses after it ahead
        (
            NEWS_PAGE + "今年，青禾市将出台《青禾市2023年度招商引资工作方案》，引进项目40个以上。",
            ["40个以上"],
        ),
    ],
)
def test_a_year_in_a_documents_name_is_no_tense_marker(text: str, kept: list[str]) -> None:
    assert [target.raw for target in extracted(text)] == kept


# ------------------------------------------- a scraped item's original title restates the body


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE
            + "原标题：青禾高速隧道贯通，明年全线通车后市区2小时到山区 8月1日，记者从省交投集团获悉，"
            "青禾高速控制性工程隧道贯通。据悉，明年底全线建成通车后，市区至山区车程将由4个小时缩短至2个小时。",
            ["2个小时"],
        ),
        # a figure only the title gives stays
        (
            NEWS_PAGE
            + "原标题：青禾县明年新建学校3所 8月1日，记者从青禾县教育局获悉，明年全县将新增学位2000个。",
            ["3所", "2000个"],
        ),
    ],
)
def test_an_original_title_restating_the_body_is_one_target(text: str, kept: list[str]) -> None:
    assert [target.raw for target in extracted(text)] == kept


# ------------------------------------------- 拟 qualifying the things an action removes


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE
            + "国家公园建设以来，青禾县推进水电站有序退出，先后关闭矿点75处，取消拟开发电源点20处。",
            [],
        ),
        # 拟 planning the work itself, or a plan to cancel, stays a plan
        (NEWS_PAGE + "今年，青禾县拟开发电源点20处。", ["20处"]),
        (NEWS_PAGE + "下一步，青禾县将取消拟开发电源点20处。", ["20处"]),
    ],
)
def test_ni_after_a_verb_of_removal_qualifies_its_object(text: str, kept: list[str]) -> None:
    assert [target.raw for target in extracted(text)] == kept
