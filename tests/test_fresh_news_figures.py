"""Figures of fresh news items (guidelines §3): the units of a school's classes and of a course's sessions
("设置24个班", "举办4期培训班"); facts, rules, what one participant receives, past dates, a device's power and
completed projects, which no region commits to reach; and the planning area with a joint office that a
list's figures belong to (guidelines §1).

The sentences are written for these tests after the shapes of district project notices, town news and
press conferences; names, places and numbers are made up.
"""

from __future__ import annotations

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.extract.rules.targets import without_title_repeats
from summarizer.extract.rules.text import TextIndex
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article
from summarizer.ingest.sections import planning_area
from summarizer.parse.quantities import find_quantities
from tests.test_rules import raws, targets_in


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        ("新校区将设置初中18个班、学位900个。", "18个班", "班"),
        ("建成后整体办学规模将达到30个班。", "30个班", "班"),
        ("2023年计划举办6期培训班，覆盖党员300余人。", "6期", "期"),
    ],
)
def test_classes_and_sessions_are_counted_in_their_own_unit(text: str, raw: str, unit: str) -> None:
    found = {quantity.raw: quantity.unit for quantity in find_quantities(text)}
    assert found.get(raw) == unit


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        ("组建24个班组。", "24个", "个"),
        ("开通3个班车线路。", "3个", "个"),
        ("项目建设期间将加强监管。", None, None),
    ],
)
def test_teams_buses_and_periods_are_no_classes_or_sessions(
    text: str, raw: str | None, unit: str | None
) -> None:
    found = {quantity.raw: quantity.unit for quantity in find_quantities(text)}
    assert (found.get(raw) if raw else None) == unit
    assert not any(found_unit in ("班", "期") for found_unit in found.values())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("新校区将设置初中18个班、学位900个。", ["18个班", "900个"]),
        ("2023年计划举办6期培训班。", ["6期"]),
        # a phase of a project in Chinese numerals names it, and an ordinal session is no count
        ("学校（二期）项目已获批复。", []),
        ("第3期培训班于上月结业。", []),
        # the phases a work is split into
        ("项目分3期建设，总投资10亿元，计划2025年建成。", ["10亿元"]),
        ("该项目计划分2期实施。", []),
    ],
)
def test_classes_and_sessions_planned_are_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


def test_a_count_of_classes_keeps_its_unit_in_the_target() -> None:
    (target,) = [t for t in targets_in("新校区将设置初中18个班。", 2023) if t.raw == "18个班"]
    assert target.unit == "班"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # where a place lies
        ("新馆位于滨江公园北侧，并与古寺相距1公里。", []),
        ("两座新桥相距约800米，将于明年建成。", []),
        # what a rule forbids
        ("清运单位收集、转运生活垃圾最长不得超过3天。", []),
        ("每批次抽检间隔不得少于30天。", []),
        # what one participant of an offer may take
        ("市民下载平台应用，就有机会领取到5元到20元3种面值的现金券和50元到300元不等的满减券各1张。", []),
        ("参加活动的游客均可免费领取价值50元的景区门票。", []),
        # negatives: the offer's total and a planned count stay targets
        ("全市将于下月发放消费券，总金额60万元。", ["60万元"]),
        ("全年计划新增公交线路12条。", ["12条"]),
    ],
)
def test_facts_rules_and_the_terms_of_an_offer_are_no_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a subheading run into the paragraph it heads restates the body's target
        (
            "青山区实验学校新建30个班青山区实验学校新建工程项目位于青山区南部，用地面积约2万平方米。"
            "新校园将设置初中30个班，建成后将进一步完善片区教育配套。",
            ["2万平方米", "30个班"],
        ),
        # a figure followed by another name is no heading
        ("青山区实验学校新建30个班，青山区第二小学新增12个班。", ["30个班", "12个班"]),
    ],
)
def test_a_glued_subheading_restates_the_body(text: str, kept: list[str]) -> None:
    targets = without_title_repeats(targets_in(text, 2023), text, TextIndex(text))
    assert [target.raw for target in targets] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # dated before the year the item plans for: set or done then
        ("总投资6亿元的智能装备产业园项目进展顺利——2022年5月开工建设，目前已投产。", []),
        ("总投资12亿元的物流园项目于2021年10月开工。", []),
        # what a device can do
        ("企业研发的新型叶片，发电功率可达每小时9兆瓦。", []),
        ("新型电机转速可达每分钟3000转。", []),
        # negatives: a period that reaches the plan year, a plant's installed power, a planned size
        ("“十四五”期间项目总投资达250亿元。", ["250亿元"]),
        ("项目建成后光伏电站装机功率将达到100兆瓦。", ["100兆瓦"]),
        ("总投资6亿元的智能装备产业园项目计划2024年建成投产。", ["6亿元"]),
    ],
)
def test_past_dates_and_the_power_of_a_device_are_no_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a list item told by its completed status
        ("清单中有完工项目60个、总投资1200亿元，在建项目150个。", ["150个"]),
        ("年度项目中，已竣工项目18个、总投资45亿元。", []),
        # negatives: completions planned
        ("今年计划竣工项目20个、总投资50亿元。", ["20个", "50亿元"]),
        ("全年竣工项目30个，完成投资80亿元。", ["30个", "80亿元"]),
    ],
)
def test_figures_of_completed_projects_are_results(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


PLANNING_AREA_NEWS = (
    "2023-08-20 10:15，正文：本报记者 李某8月20日，记者从省发展改革委获悉，"
    "《青滨地区双城经济圈建设规划重点项目清单》正式印发。青滨地区双城经济圈规划纲要明确重点项目420个、总投资约3.6万亿元。从建设批次看，清单中有"
    "在建项目180个、总投资2.1万亿元。据悉，推动青滨地区双城经济圈建设联合办公室将会同两省市有关部门，"
    "推动重点项目加快实施。\n"
)


def test_a_planning_area_with_a_joint_office_speaks_for_its_news() -> None:
    area = planning_area(PLANNING_AREA_NEWS)
    assert area is not None and area.name == "青滨地区双城经济圈"
    assert area.aliases == ["双城经济圈", "青滨地区"]
    extraction = extract_article(prepare_article(text_document(PLANNING_AREA_NEWS)))
    regions = {target.raw: target.region for target in extraction.targets}
    assert regions.get("3.6万亿元") == "青滨地区双城经济圈"


def test_a_planning_area_without_an_office_of_its_own_is_no_region() -> None:
    text = PLANNING_AREA_NEWS.replace("推动青滨地区双城经济圈建设联合办公室", "省发展改革委")
    assert planning_area(text) is None
    assert planning_area("今年，某市将主动融入某某都市圈建设，计划实施项目30个。") is None
