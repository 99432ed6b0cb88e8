"""Figures that a news item states but no region commits to (guidelines §3), and the frames that say so:
the floor, ceiling or per-beneficiary cap a rule sets; the time a work is given ("4个月内完成"); the
counts of the form an event takes ("以1场开幕式、6个展区的模式呈现"); a portal's advert glued to a
sentence. And the frames that keep a figure planned or place it: the scale an authority approved
("按照…审批，…面积为40平方米") or a permit notice's field gives ("建设规模:规划总用地面积约2.16公顷"); a
route's words ("湖北竹山至陕西镇安") that name no town.

The sentences are written for these tests after the shapes of provincial notices, city incentive rules,
event announcements, planning notices and project news; names and numbers are made up.
"""

from __future__ import annotations

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.clean import normalize_unicode, remove_debris
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article
from tests.test_rules import raws, targets_in

NEWS_PAGE = "23-08-15 09:10，正文："


# ------------------------------------------- the bounds a rule sets are its parameters, not targets


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE + "某省五部门联合发布通知，确定今年社会保险缴费基数下限为3980元/月，上限为19900元/月，"
            "执行时间为2023年1月1日至12月31日。",
            [],
        ),
        (
            NEWS_PAGE + "以此核定2023年全省社会保险个人缴费基数上限为21000元/月，下限为4200元/月。",
            [],
        ),
        (
            NEWS_PAGE + "对首次突破200万元的企业，按照交易额的2%给予奖励，单个企业不超过80万元。"
            "对参与出海项目的企业按照出口额的4%给予奖励，单家企业最高50万元。",
            [],
        ),
        (NEWS_PAGE + "城乡居民医保住院起付线调整为600元，封顶线为30万元。", []),
    ],
)
def test_the_bounds_of_a_rule_are_not_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a level to hold under, and a gain per household, stay targets
        ("今年，全市能耗总量控制在1200万吨标准煤以内。", ["1200万吨标准煤以内"]),
        ("今年，全县力争农民每户增收3000元以上。", ["3000元以上"]),
    ],
)
def test_a_level_to_hold_or_a_gain_per_household_stays_a_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


# ------------------------------------------- the time a work is given is a deadline, not an amount


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (NEWS_PAGE + "8月10日，某遗址第6次考古发掘开工，计划4个月内完成发掘任务。", []),
        (NEWS_PAGE + "某大桥维修工程开工，施工单位须在45天内全部完工。", []),
        (NEWS_PAGE + "该工程计划于明年建成，要求施工单位20个月内完成全部土建。", []),
    ],
)
def test_the_time_a_work_is_given_is_no_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a shorter time is itself the goal: its verb comes right before it
        ("今年，全市企业开办时间压缩至2个工作日内。", ["2个工作日"]),
        ("今年，全县不动产登记办理时限将缩短到5个工作日以内。", ["5个工作日以内"]),
        ("今年，全区群众诉求将做到15天内办结。", ["15天"]),
    ],
)
def test_a_shorter_time_to_reach_stays_a_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


# ------------------------------------------- the form an event takes is no commitment


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE + "8月5日至12日，某市第三届美食节将在滨江公园举办。美食节作为市级主体活动，"
            "以1场开幕式、6个现场主题区的模式呈现，设置美食区、文创区、演艺区等六大区域。",
            [],
        ),
        (
            NEWS_PAGE + "本届农民丰收节将以2个主会场、10个分会场的形式举办，集中展示各地特色农产品。",
            [],
        ),
    ],
)
def test_the_counts_of_an_events_form_are_not_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


def test_a_count_outside_the_form_frame_is_still_read() -> None:
    text = "今年，全市将以项目建设为抓手，新建5G基站1200个。"
    assert raws(text, 2023) == ["1200个"]


# ------------------------------------------- the scale an authority approved is still to be worked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE + "8月10日，某县某遗址2023年度考古发掘正式开工，这是该遗址的第4次发掘。"
            "按照国家文物局审批，2023年度该遗址发掘面积为40平方米。1990年至2010年，该遗址经过3次发掘，共采集石器800余件、"
            "化石90种，出土文物2000余件。",
            ["40平方米"],
        ),
        (
            NEWS_PAGE + "上半年，全县共采集文物标本1500件、化石120种，修复文物300件。根据省文物局批复，"
            "2023年度该县文物修复数量为500件。",
            ["500件"],
        ),
    ],
)
def test_an_approved_scale_stays_planned_in_an_item_of_results(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


def test_an_approval_does_not_outweigh_a_done_mark() -> None:
    text = NEWS_PAGE + "按照省发改委批复，该项目已完成投资3.2亿元。"
    assert raws(text, 2023) == []


# ------------------------------------------- a route's words name no town


def target_regions(text: str) -> dict[str, str | None]:
    targets = extract_article(prepare_article(text_document(text))).targets
    return {target.raw: target.region for target in targets}


def test_a_route_between_two_counties_names_no_town() -> None:
    text = (
        NEWS_PAGE + "7月20日，竹安高速堵河特大桥施工现场，首个收费门架成功吊装。"
        "竹安高速将设置7套收费门架系统。竹安高速建成后，湖北竹山至陕西镇安驾车时间将大幅缩短。"
    )
    regions = target_regions(text)
    assert "7套" in regions
    assert regions["7套"] is None or not regions["7套"].endswith("镇")


# ------------------------------------------- a portal's advert after a sentence's end is cut


def test_an_advert_glued_to_a_sentence_end_is_cut() -> None:
    text, removed = remove_debris(
        normalize_unicode(
            "为在某市范围内从事茶叶加工的企业。广告 好股来了！9月1日关注这2股！九月或将大涨55%！ ×奖补内容"
        )
    )
    assert "55%" not in text and "好股" not in text and text.endswith("奖补内容")
    assert any(entry.startswith("advertisement: 广告 好股来了") for entry in removed)


def test_an_advert_inside_a_word_is_kept() -> None:
    text, _ = remove_debris(normalize_unicode("全市投放公益广告 300块 ×"))
    assert "公益广告" in text


def test_an_advert_figure_is_no_target_of_the_article() -> None:
    text = (
        NEWS_PAGE
        + "近日，某市出台奖补办法。广告 好股来了！九月或将大涨55%！ ×对企业给予补贴，最高不超过8万元。"
    )
    assert target_regions(text) == {}


# ------------------------------------------- the scale a permit notice gives is still to be built


def test_the_scale_in_a_permit_notice_is_planned() -> None:
    text = (
        NEWS_PAGE + "近日某市自然资源和规划局网站新公示了多条道路规划01青松路北延项目《建设工程规划许可证》"
        "核发批前公示建设单位:某市某经济开发区管理委员会项目名称:青松路北延项目项目位置:某区南起甲路，北至乙路"
        "用地性质:城市道路建设规模:规划总用地面积约2.16公顷，全长约910米，道路红线宽度24米附图:规划红线图"
    )
    assert raws(text, 2023) == ["2.16公顷", "910米"]


def test_a_scale_field_does_not_outweigh_a_done_mark() -> None:
    text = NEWS_PAGE + "该项目已竣工验收。建设规模:已建成道路全长约910米。"
    assert raws(text, 2023) == []


# ------------------------------------------- the activities of one occasion are its programme


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            NEWS_PAGE + "记者从省政府新闻办获悉，某某自治县成立60周年庆祝活动将于9月8日举办。"
            "庆祝活动以“同心筑梦”为主题，共举办5项主要活动和20项系列活动。同时还将举办特色产业论坛、第十届民族歌舞展演、第八届赛马节"
            "等20项县庆系列活动。",
            [],
        ),
        (
            NEWS_PAGE + "本届文化旅游节将于下月开幕，此次节会将安排非遗展示、美食品鉴等12项主题活动。",
            [],
        ),
    ],
)
def test_the_activities_of_one_occasion_are_its_programme(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("今年，全市将举办文化惠民活动200场以上。", ["200场以上"]),
        ("今年，全县计划开展“送戏下乡”活动120场。", ["120场"]),
    ],
)
def test_a_years_amount_of_activities_stays_a_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


# ------------------------------------------- a notice's 建设单位 field names whose plan the project is


def test_the_builder_field_of_a_notice_names_the_committing_region() -> None:
    text = (
        NEWS_PAGE
        + "近日潍坊市自然资源和规划局网站公布了G206改建工程选址意见的批前公示建设单位:潍坊市公路事业发展中心"
        "项目名称:G206改建工程项目位置:寿光市建设规模:该项目用地应控制在120.5公顷以内，总长约22.4公里。"
    )
    assert target_regions(text) == {"120.5公顷以内": "潍坊市", "22.4公里": "潍坊市"}


def test_without_a_builder_field_the_place_of_the_clause_still_speaks() -> None:
    text = NEWS_PAGE + "据介绍，今年寿光市计划实施重点项目60个，总投资200亿元。"
    assert set(target_regions(text).values()) == {"寿光市"}


# ------------------------------------------- a notice's scale field runs on to the next field label


def test_a_scale_field_runs_past_its_first_sentence() -> None:
    text = (
        NEWS_PAGE + "近日某市自然资源和规划局网站新公示了多条道路规划01青松路北延项目《建设工程规划许可证》"
        "核发批前公示建设单位:某市某经济开发区管理委员会项目名称:青松路北延项目用地性质:城市道路"
        "建设规模:规划总用地面积约2.16公顷。道路总长约910米，道路红线宽24米。附图:规划红线图"
    )
    assert raws(text, 2023) == ["2.16公顷", "910米"]


def test_a_figure_after_the_next_field_label_is_not_in_the_scale_field() -> None:
    text = NEWS_PAGE + "建设规模:规划总用地面积约2.16公顷。附图:规划红线图。另据统计，全市去年共有道路900条。"
    assert raws(text, 2023) == ["2.16公顷"]


def test_the_figures_of_one_notice_share_the_builders_region() -> None:
    text = (
        NEWS_PAGE + "近日潍坊市自然资源和规划局网站公示了道路规划01青松路北延项目批前公示"
        "建设单位:潍坊经济开发区管理委员会项目名称:青松路北延项目项目位置:潍城区用地性质:城市道路"
        "建设规模:规划总用地面积约2.16公顷。道路总长约910米，道路红线宽24米。附图:规划红线图"
    )
    assert target_regions(text) == {"2.16公顷": "潍坊市", "910米": "潍坊市"}


# ------------------------------------------- the length or area of a work is its scale (kind project)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("今年，青松路北延项目将开工建设，道路总长约910米。", "project"),
        ("今年，某河段整治工程将启动，要打开的河段长约600米。", "project"),
        ("该文体中心计划明年建成，总用地面积约3.2公顷。", "project"),
        # an area to farm names no work's size; a network's total mileage is a level to reach
        ("今年，全县将新建高效节水灌溉面积20万亩。", "action"),
        ("今年，全市公路通车总里程达到3.1万公里。", "goal"),
    ],
)
def test_the_length_or_area_of_a_work_is_a_project_scale(text: str, kind: str) -> None:
    targets = targets_in(text, 2023)
    assert [target.kind for target in targets] == [kind]
