"""Whose a news item's targets are (guidelines §1): a clause that runs on after a city's name is no town,
a zone named after a name the gazetteer does not know is still the zone, a road the work only joins does
not make it the province's, and a paragraph that turned to a district keeps reporting on it.

The sentences are written for these tests after the shapes of city policy news, zone signing news, road
site news and river works news.
"""

from __future__ import annotations

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article
from summarizer.ingest.sections import main_region

NEWS_PAGE = "08/02  09:30，正文："


def region_name(text: str) -> str | None:
    region = main_region(text)
    return None if region is None else region.name


def target_regions(text: str) -> dict[str, str | None]:
    targets = extract_article(prepare_article(text_document(text))).targets
    return {target.raw: target.region for target in targets}


# ------------------------------------------- a city's clause that runs on to 街道 or 镇 names no town


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            NEWS_PAGE + "9月1日，宁波出台《关于推进完整社区建设的意见》。"
            "宁波将探索以街道为单位的片区化建设模式，"
            "到2025年底，累计建成完整社区200个以上。",
            "宁波市",
        ),
        (
            NEWS_PAGE + "温州要以乡镇为单元推进垃圾分类。温州市将在全市推广，到2024年底，覆盖率达到90%。",
            "温州市",
        ),
    ],
)
def test_a_clause_after_a_city_is_no_town(text: str, region: str) -> None:
    assert region_name(text) == region


def test_a_town_named_after_its_county_stays_the_unit() -> None:
    text = NEWS_PAGE + "木垒县白杨河乡以庭院经济为抓手，白杨河乡今年计划新建大棚120座，白杨河乡将继续推进。"
    assert region_name(text) == "白杨河乡"


# ------------------------------------------- a zone named after a name the gazetteer does not know


def test_a_zone_named_after_an_unknown_name_is_the_zone() -> None:
    text = (
        NEWS_PAGE + "近日，东海湾区高新技术产业开发区举行签约仪式。"
        "东海湾区高新技术产业开发区积极推进屋顶光伏，"
        "高新区工商业厂房屋顶光伏安装比例要达到30%。高新区还需完成260户。"
    )
    assert region_name(text) == "东海湾区高新技术产业开发区"
    assert set(target_regions(text).values()) == {"东海湾区高新技术产业开发区"}


def test_a_name_also_written_on_its_own_is_no_zone_name() -> None:
    text = (
        NEWS_PAGE + "东海湾区今年计划实施项目30个。东海湾区将建设东海湾区高新技术产业开发区，"
        "东海湾区还将新建学校5所。"
    )
    assert region_name(text) != "东海湾区高新技术产业开发区"


# ------------------------------------------- a road the work joins, named late, is not the work


def test_a_road_named_late_does_not_make_the_work_the_provinces() -> None:
    text = (
        NEWS_PAGE + "沿太行山高速公路东延段首片箱梁14日架设完成。"
        "沿太行山高速公路东延项目是焦作境内的三条在建高速之一，"
        "项目全长28.5公里。焦作市交通局表示，项目将于2025年建成通车。"
        + "施工方介绍，项目采用新工艺，确保质量。" * 12
        + "届时其将与焦作至新乡高速公路共同构成焦作市高速公路网。焦作市将继续推进。"
    )
    assert region_name(text) == "焦作市"


def test_a_work_named_by_its_ends_in_the_lead_is_still_their_parents() -> None:
    text = (
        NEWS_PAGE + "宜宾至西昌高速公路宜宾段白岩隧道贯通。隧道位于宜宾市屏山县，宜宾段地质复杂。"
        "宜宾至西昌高速公路全长约320公里。"
    )
    assert region_name(text) == "四川省"


# ------------------------------------------- a paragraph that turned to a district keeps reporting on it


@pytest.mark.parametrize(
    ("text", "raw", "region"),
    [
        # the sentence before opens on the district: the river section is the district's
        (
            NEWS_PAGE + "昆明市正推进滇池保护，昆明市将新建管网约200公里，昆明市还将改造泵站。"
            "今年，五华区在龙潭河等4个片区实施雨污分流工程。"
            "五华区水务局的工作人员探查发现，暗河的砂浆不少已经粉化。更棘手的是，要打开的河段长约600米，"
            "需拆迁地面建筑3000多平方米。",
            "600米",
            "五华区",
        ),
        # the sentence before speaks in the city's own voice: the city's
        (
            NEWS_PAGE + "昆明市正推进滇池保护，昆明市将新建管网约200公里，昆明市还将改造泵站。"
            "今年，五华区在龙潭河等4个片区实施雨污分流工程。"
            "全市将统筹推进。更棘手的是，要打开的河段长约600米。",
            "600米",
            "昆明市",
        ),
        # the sentence before opens on a neighbour, no unit of the text's region: the text's region
        (
            "2023-07-21，正文：记者从天津市重大项目办获悉，津保城际铁路正加速建设。保定市民期待已久，"
            "保定市将融入天津一小时通勤圈。线路全长约80公里。",
            "80公里",
            "天津市",
        ),
    ],
)
def test_a_paragraph_keeps_the_place_its_last_sentence_opened_on(text: str, raw: str, region: str) -> None:
    assert target_regions(text)[raw] == region


# ------------------------------------------- a verb before a compound of 镇 or 乡 is no town


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # the town the lead names as its subject, though the rest says only 镇
        (
            "2023-08-16 10:02，正文：日报客户端讯（通讯员李明）为扎实推进“美丽城镇”建设，青松镇立足全域提升，"
            "持续开展治脏、治乱。开展镇容整治，管好占道经营。开展镇村垃圾分类行动。开展镇区交通秩序整治。"
            "绘制乡风文明文化墙。强化乡风文明建设。",
            "青松镇",
        ),
    ],
)
def test_a_verb_before_a_compound_of_zhen_is_no_town(text: str, region: str) -> None:
    assert region_name(text) == region


def test_a_lead_that_names_two_towns_names_neither() -> None:
    text = (
        "2023-08-16 10:02，正文：日报客户端讯（通讯员李明）青松镇立足全域提升，白杨镇持续开展治脏。"
        "开展镇容整治，管好占道经营。"
    )
    assert region_name(text) is None


# ------------------------------------------- the special administrative regions are provincial units


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "2023-08-15，正文：国庆临近，澳门酒店预订量大增。澳门推出美食节等活动，大湾区的"
            "联程线路也陆续开通。大湾区多个城市联动，大湾区旅游资源融通。澳门今年力争入境旅客达到2500万人次。"
            "澳门将继续推进。",
            "澳门特别行政区",
        ),
        (
            "2023-08-15，正文：香港特区政府宣布，香港今年将新建公营房屋3万套，香港还将增加土地供应。",
            "香港特别行政区",
        ),
        # a city or district that names Hong Kong or Macao in passing stays itself
        (
            "2023-08-15，正文：广州市南沙区今年将引进港资企业100家，南沙区将深化与香港的合作，南沙区还将扩大开放。",
            "南沙区",
        ),
        (
            "2023-08-15，正文：珠海市今年将引进澳资企业100家，珠海市将深化与澳门的合作，珠海市还将扩大开放，"
            "澳门游客可乘船前往珠海。",
            "珠海市",
        ),
    ],
)
def test_a_special_administrative_region_speaks_for_its_text(text: str, region: str) -> None:
    assert region_name(text) == region
