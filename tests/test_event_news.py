"""Event news of local governments (signings, groundbreakings, work-promotion meetings, service plans for
a fair): what the day achieved is no target, what is still to be done is one (guidelines §3).

The articles below are written for these tests in the shapes such items take: a count of works whose
completion the next clause dates ahead, in a paragraph that otherwise reports what is under way; a
promotion meeting whose duties are enumerated "一是…，二是，…"; a signing item that names its city only
in the short form. Each runs through the offline backend as a file would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract import Extraction
from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article
from tests.test_rules import raws


def extraction_of(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(prepare_article(load_path(str(path)).documents[0]))


SERVICE_PLAN = (
    "2023-08-02 20:10，正文：今天是园博会开幕倒计时60天。记者从河口市住建局获悉，本届园博会保障工作形成了"
    "28项重点任务，其中12项已完成。园区周边已新建临时停车场2处，新增停车泊位900个。为改善园区周边环境，"
    "有关部门梳理道路整治项目36项，计划于9月底前完成。往届园博会游客满意度均在90%以上。"
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (SERVICE_PLAN, ["36项"]),
        (
            "今年以来，全县已排查隐患点120处，其中整改到位98处；另梳理安全隐患点32处，将于年底前全部完成整改。",
            ["32处"],
        ),
        ("经过前期摸底，街道核定老旧小区改造项目9个，拟于年内完工。", ["9个"]),
    ],
)
def test_a_count_of_works_whose_next_clause_dates_their_completion_ahead_is_a_target(
    text: str, kept: list[str]
) -> None:
    assert raws(text, plan_year=2023) == kept


@pytest.mark.parametrize(
    "text",
    [
        "会上签约项目12个，计划总投资86亿元。",
        "共形成了28项重点任务，计划于9月底前完成。",
        "全市已开工项目41个，预计年底前全部建成。",
    ],
)
def test_a_count_marked_as_done_or_signed_in_its_own_clause_stays_a_result(text: str) -> None:
    assert "12个" not in raws(text, plan_year=2023)
    assert "28项" not in raws(text, plan_year=2023)
    assert "41个" not in raws(text, plan_year=2023)


PROMOTION_MEETING = (
    "2023-08-10 09:30，正文：原标题：青禾县召开人居环境整治现场推进会8月9日，青禾县召开全县人居环境整治现场"
    "推进会，与会人员先后观摩了3个乡镇的整治现场。县委副书记王明在会上指出，今年全县创建示范村12个，时间紧、"
    "任务重，一是压实工作责任，实行县级领导包乡、乡镇干部包村。二是，强化督导考核，每周通报进度。三是，"
    "健全长效机制，确保整治成果不反弹。(来源：青禾县融媒体中心)"
)


def test_the_items_of_an_enumeration_with_a_comma_after_the_ordinal_keep_their_titles(tmp_path: Path) -> None:
    titles = [priority.title for priority in extraction_of(tmp_path, PROMOTION_MEETING).priorities]
    assert "强化督导考核" in titles
    assert "健全长效机制" in titles
    assert all(title for title in titles)


def test_a_first_item_after_a_comma_opens_the_enumeration_when_a_second_follows(tmp_path: Path) -> None:
    titles = [priority.title for priority in extraction_of(tmp_path, PROMOTION_MEETING).priorities]
    assert "压实工作责任" in titles
    lone = PROMOTION_MEETING.replace("二是，", "同时，").replace("三是，", "此外，")
    assert "压实工作责任" not in [priority.title for priority in extraction_of(tmp_path, lone).priorities]


SIGNING_IN_A_CITY_BY_ITS_SHORT_NAME = (
    "2023-08-16 15:20，正文：原标题：洛阳首个沉浸式非遗体验馆项目签约8月16日上午，“河洛非遗体验馆”合作签约"
    "仪式在洛阳举行，洛阳某文旅公司与两家科技企业携手，共同打造洛阳首个沉浸式非遗体验馆。据介绍，该馆总建筑面积"
    "达3600平方米以上，计划于明年春节前开馆运营。"
)


def test_a_signing_item_that_names_its_city_only_by_the_short_form_is_the_city_s(tmp_path: Path) -> None:
    extraction = extraction_of(tmp_path, SIGNING_IN_A_CITY_BY_ITS_SHORT_NAME)
    assert [region.name for region in extraction.regions] == ["洛阳市"]
    assert [(target.raw, target.region) for target in extraction.targets] == [("3600平方米以上", "洛阳市")]


def test_two_cities_named_as_often_by_their_short_forms_give_no_region(tmp_path: Path) -> None:
    text = SIGNING_IN_A_CITY_BY_ITS_SHORT_NAME.replace("在洛阳举行", "在开封举行").replace(
        "共同打造洛阳首个", "共同打造开封首个"
    )
    assert extraction_of(tmp_path, text).regions == []
