"""Metric names (guidelines §3 `metric`) and region attribution (§1) on sentence shapes of unseen articles:
what is measured, without verbs, modals, time words, list marks or fragments of the clause."""

from __future__ import annotations

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article
from summarizer.ingest.sections import main_region, named_zones, officials_in
from tests.test_rules import targets_in


def metrics_in(text: str) -> list[str]:
    return [target.metric for target in targets_in(text)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("今年的预期目标是实现技术贸易总收入增长25%。", "技术贸易总收入增速"),
        ("项目全部建成后可实现年产值80亿元。", "年产值"),
        ("该项目拟占地600亩。", "占地面积"),
        ("某县将按照首府2024年新材料产业集群完成500亿元产值目标。", "新材料产业集群产值"),
        ("两到三年内实现营业收入50亿元。", "营业收入"),
    ],
)
def test_words_before_a_frame_are_not_part_of_the_metric(text: str, metric: str) -> None:
    assert metrics_in(text) == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("明年地区生产总值将突破150亿元。", "地区生产总值"),
        ("今年粮食产量继续保持300亿斤以上。", "粮食产量"),
        ("●今年城镇新增就业5万人以上。", "城镇新增就业数量"),
        ("2.投资2000万元建设冷链物流中心。", "冷链物流中心投资"),
        ("今年投资250亿元建设现代煤化工、硅基材料园区。", "投资"),
        ("今年并网装机容量达到120万千瓦。", "并网装机容量"),
        ("今年再生资源回收量达到50万吨。", "再生资源回收量"),
        ("招商引资到位资金年均增长15%以上。", "招商引资到位资金年均增速"),
    ],
)
def test_modals_list_marks_and_trailing_verbs_are_dropped_but_words_are_kept_whole(
    text: str, metric: str
) -> None:
    assert metrics_in(text) == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("今年着力建成2万亩“富硒”茶叶示范基地。", "茶叶示范基地面积"),
        ("今年实施8个5亿元以上的先进制造业项目。", "先进制造业项目数量"),
        ("今年开发剪纸、木雕等150余种文创产品。", "文创产品数量"),
        ("今年新建高标准农田3万亩。", "高标准农田面积"),
    ],
)
def test_the_noun_after_the_quantity_names_it_when_the_words_before_are_only_verbs_or_examples(
    text: str, metric: str
) -> None:
    assert metrics_in(text) == [metric]


def test_a_ranking_is_named_by_what_is_ranked_and_where_a_head_count_is_a_count() -> None:
    assert metrics_in("力争经济总量进入全省前30。") == ["经济总量全省排名"]
    assert metrics_in("每年培训乡村教师200名。") == ["培训乡村教师数量"]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("今年城乡居民人均可支配收入分别增长5%和6.5%。",
         ["城镇居民人均可支配收入增速", "农村居民人均可支配收入增速"]),
        ("今年一产、二产、三产增加值分别增长4%、7%、6%。",
         ["第一产业增加值增速", "第二产业增加值增速", "第三产业增加值增速"]),
        ("今年城镇和农村居民收入分别增长5%、7%。", ["城镇居民收入增速", "农村居民收入增速"]),
        ("力争每年新开工项目和竣工项目均不少于20个。", ["新开工项目数量", "竣工项目数量"]),
        ("今年预期目标是：工业产值增长8%左右、居民收入增长6%左右。", ["工业产值增速", "居民收入增速"]),
    ],
)  # fmt: skip
def test_each_item_of_a_respective_or_shared_list_is_named_in_full(text: str, metrics: list[str]) -> None:
    assert metrics_in(text) == metrics


def test_a_county_whose_name_ends_with_its_level_is_not_doubled() -> None:
    officials = officials_in("乾县县委书记李明表示，今年全县将新建学校3所。")
    assert [official.region for official in officials] == ["乾县"]


ZONE_NEWS = (
    "2月20日，岳阳高新区召开经济工作会议。今年，岳阳高新区的预期目标是规模工业增加值增长12%，"
    "新引进项目30个。高新区要理顺体制。与岳阳高新区同年起步的常德开发区，到2027年地区生产总值将突破200亿元。"
    "常德开发区正在加快建设。\n"
)


def test_a_zone_named_after_a_place_is_the_region_of_a_text_that_names_no_other() -> None:
    region = main_region(ZONE_NEWS)
    assert region is not None and region.name == "岳阳高新区"
    assert {zone.name for zone in named_zones(ZONE_NEWS)} == {"岳阳高新区", "常德开发区"}


def test_a_target_stated_for_another_zone_is_that_zone_s() -> None:
    extraction = extract_article(prepare_article(text_document(ZONE_NEWS)))
    by_raw = {target.raw: target.region for target in extraction.targets}
    assert by_raw["12%"] == "岳阳高新区"
    assert by_raw["200亿元"] == "常德开发区"


def test_a_project_s_capacity_in_head_is_its_scale_and_a_count_of_projects_a_count() -> None:
    assert metrics_in("全力推进某乳业18万头奶牛智慧养殖园区项目。") == ["奶牛智慧养殖园区项目规模"]
    assert metrics_in("今年实施33个重点项目。") == ["重点项目数量"]


def test_a_county_report_naming_itself_only_by_its_short_form_is_the_county_s() -> None:
    text = "今年全县上下要落实县委部署，为河北高质量发展贡献涞源智慧。地区生产总值增长6%以上。"
    region = main_region(text)
    assert region is not None and region.name == "涞源县"
    city_text = "今年全市上下要坚决落实市委部署，为河北高质量发展贡献力量。涞源、阜平等山区加快发展。"
    region = main_region(city_text)
    assert region is not None and region.name == "河北省"  # a city's text naming a county stays as it was


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("某市日报讯(记者/张某 通讯员/王某) 新增工业产值80亿元以上。", ["工业产值"]),
        ("今年全力推动全年GDP增长6%、力争达到6.5%。", ["GDP增速", "GDP增速"]),
        ("今年陆川县GDP增长目标为5%。", ["GDP增速"]),
        ("力争全年实施重点建设项目50个以上。", ["重点建设项目数量"]),
        ("今年新增规上(限上)企业120家。", ["规上(限上)企业数量"]),
        (
            "今年实现亩均税收、人均税收和亩均产值增长15%以上。",
            ["亩均税收增速", "人均税收增速", "亩均产值增速"],
        ),
    ],
)
def test_bylines_places_and_bare_list_items_are_not_names_and_a_listed_rate_is_each_one_s(
    text: str, metrics: list[str]
) -> None:
    assert metrics_in(text) == metrics


def test_officials_of_two_regions_opening_their_statements_split_the_text() -> None:
    text = (
        "会上，各县区负责人亮出了今年的目标。\n"
        "会后，福绵区委书记张某在接受记者采访时表示，今年福绵区GDP增长6%。\n"
        "陆川县委书记李某表示，今年陆川县GDP增长目标为5%。\n"
    )
    extraction = extract_article(prepare_article(text_document(text)))
    assert {target.raw: target.region for target in extraction.targets} == {"6%": "福绵区", "5%": "陆川县"}


def test_a_dateline_place_is_not_the_region_and_a_zone_named_more_often_than_a_province_is() -> None:
    news = (
        "中新社呼和浩特1月2日电 内蒙古今年力争新增新能源装机4000万千瓦。内蒙古是能源基地，内蒙古将加快建设。"
    )
    region = main_region(news)
    assert region is not None and region.name == "内蒙古自治区"
    zone_news = (
        "株洲经开区今年力争新增工业产值110亿元。株洲经开区获得湖南省绿色园区称号，株洲经开区将加快建设。"
    )
    region = main_region(zone_news)
    assert region is not None and region.name == "株洲经开区"
