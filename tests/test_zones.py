"""Zones, new areas and parks as regions (guidelines §1), and companies' planned investments (§3)."""

from __future__ import annotations

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import load_path, text_document
from summarizer.ingest.prepare import prepare_article
from summarizer.ingest.sections import named_zones
from summarizer.schema import Target
from tests.conftest import ROOT

NEW_AREA_NEWS = (
    "去年8月，某州新区正式获国务院批复设立，成为国家级新区。某州市委书记王某表示，某州市将以新区建设为引领。"
    "据悉，今年又安排了120项新区的重点项目，总投资额900亿元，年度计划投资150亿元。"
    "某州市今年计划新建学校10所。某州新区将加快开发建设。\n"
)
PARK_NEWS = (
    "“某清纺织服装产业转移园”29日正式成立管委会。某清纺织服装产业转移园是某清市承接产业转移的主平台。"
    "该园位于某清市南端，规划面积11898亩。某清市市长李某介绍，某清纺织服装产业转移园将加快建设。"
    "某清市今年计划新增就业5000人。\n"
)


def targets_of(text: str) -> dict[str, Target]:
    extraction = extract_article(prepare_article(text_document(text)))
    return {target.raw: target for target in extraction.targets}


def test_a_zone_with_its_own_administration_is_found_with_its_back_references() -> None:
    zones = {zone.name: zone.aliases for zone in named_zones(NEW_AREA_NEWS)}
    assert zones == {"某州新区": ["新区", "该新区"]}  # not the class "国家级新区"
    parks = {zone.name: zone.aliases for zone in named_zones(PARK_NEWS)}
    assert parks == {"某清纺织服装产业转移园": ["该园", "园区"]}


def test_a_zone_named_without_an_administration_is_not_a_region() -> None:
    text = "某州新区加快建设。某州新区今年计划新建学校10所。"
    assert named_zones(text) == []


def test_the_targets_a_sentence_states_as_the_zone_s_own_are_the_zone_s() -> None:
    found = targets_of(NEW_AREA_NEWS)
    assert {found[raw].region for raw in ("120项", "900亿元", "150亿元")} == {"某州新区"}
    assert found["10所"].region == "某州市"  # the city's own plan stays the city's


def test_a_park_s_planned_area_is_the_park_s_target() -> None:
    extraction = extract_article(prepare_article(text_document(PARK_NEWS)))
    by_raw = {target.raw: target.region for target in extraction.targets}
    assert by_raw["11898亩"] == "某清纺织服装产业转移园"
    assert by_raw["5000人"] == "某清市"
    park = next(region for region in extraction.regions if region.name == "某清纺织服装产业转移园")
    assert park.aliases == ["该园", "园区"]


def test_a_company_s_planned_investment_is_not_the_region_s_target() -> None:
    text = (
        "某州市委书记王某表示，某州市今年将完成固定资产投资1500亿元。"
        "其中，百亿元项目主要有：某某集团公司将作为主投资方，拟投资100亿元建设海上风电装备产业园项目；"
        "某某铝业公司将在蓝色产业园选址投资铝精深加工项目，总投资约300亿元；"
        "某某建设集团拟在福清投资近163亿元建设产业园项目。\n"
    )
    assert set(targets_of(text)) == {"1500亿元"}


def test_a_government_investment_company_s_plan_is_the_region_s() -> None:
    text = "某州市委书记王某表示，全市将加快城市更新。某州城投公司计划今年投资20亿元改造老旧小区。\n"
    assert set(targets_of(text)) == {"20亿元"}


def test_dev_article_37_new_area_targets_and_signings() -> None:
    path = ROOT / "evals/articles/dev2/37_fuzhou-shiweishuji-xinqu-yangqi-qianyue.txt"
    extraction = extract_article(prepare_article(load_path(str(path)).documents[0]))
    assert {(target.raw, target.region, target.deadline) for target in extraction.targets} == {
        ("383项", "福州新区", "2016"),
        ("9259亿元", "福州新区", "2016"),
        ("1530亿元", "福州新区", "2016"),
    }


def test_the_llm_path_may_answer_with_a_zone_the_article_names() -> None:
    article = prepare_article(text_document(NEW_AREA_NEWS))
    named = {region.name: region.aliases for region in article.named_regions()}
    assert named["某州新区"] == ["新区", "该新区"]
    assert next(iter(named)) == "某州市"  # the section's own region first
