"""Regions, deadlines and comparators of targets in news items (guidelines §1 and "Deadlines"): the strict
fields of a target that is found but attributed or dated wrong.

The items below are written for these tests in the shapes news items of the benchmark's genre take: a
city bureau's notice of a road that crosses other counties, a municipality's line that reaches a
neighbouring province, lengths split among the counties a road crosses. Each runs through the offline
backend as a file would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract import Extraction
from summarizer.extract.rules.backend import extract_article
from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.text import TextIndex
from summarizer.ingest.clean import clean_text
from summarizer.ingest.load import load_path
from summarizer.ingest.plan_year import detect_plan_year
from summarizer.ingest.prepare import prepare_article
from summarizer.ingest.sections import split_sections
from summarizer.parse.quantities import find_quantities


def extraction_of(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return extract_article(prepare_article(load_path(str(path)).documents[0]))


def main_region_name(raw: str) -> str | None:
    sections = [section for section in split_sections(clean_text(raw).text) if section.region is not None]
    return sections[0].region.name if sections and sections[0].region else None


def regions_by_raw(extraction: Extraction) -> dict[str, str | None]:
    return {target.raw: target.region for target in extraction.targets}


# ---------------------------------------------------------------- the body a news item reports from

HEFEI_LINE = (
    "2023-07-20，正文：记者从合肥市重点工程建设管理局获悉，合肥至巢湖的轨道交通线路正加紧建设，"
    "线路全长约45公里，共设车站10座。线路自巢湖市半汤街道起，经巢湖市中庙、肥东县，"
    "通车后从巢湖市到合肥最快30分钟。"
)
TIANJIN_LINE = (
    "2023-07-21，正文：记者从天津市重大项目办获悉，津沧城际铁路正加速建设。沧州市民期待已久，"
    "线路通车后沧州到天津最快30分钟，沧州市将融入天津一小时通勤圈，沧州市区设站2座。"
    "线路全长约90公里。"
)
ZHUZHOU_ROAD = (
    "，正文：近日，株洲市交通运输局发布S330醴陵至攸县段改建工程环境影响评价第一次公示。路线起于醴陵市"
    "东富镇，经醴陵市王仙镇、攸县皇图岭镇，终于攸县城区，路线全长52.4公里，其中醴陵市30.2公里、"
    "攸县22.2公里。醴陵市境内设互通2处。"
)


@pytest.mark.parametrize(
    ("text", "region"),
    [(HEFEI_LINE, "合肥市"), (TIANJIN_LINE, "天津市"), (ZHUZHOU_ROAD, "株洲市")],
    ids=["city-bureau", "municipality", "notice"],
)
def test_the_body_an_item_reports_from_is_its_region_not_the_places_its_line_crosses(
    text: str, region: str
) -> None:
    assert main_region_name(text) == region


def test_a_municipalitys_bureau_outranks_a_neighbouring_city_it_names_more_often(tmp_path: Path) -> None:
    assert regions_by_raw(extraction_of(tmp_path, TIANJIN_LINE))["90公里"] == "天津市"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a provincial bureau without a place name: the county the item is about stays its region
        (
            "2023-07-22，正文：记者从省交通运输厅获悉，攸县今年将新改建农村公路200公里。攸县县长李明表示，"
            "全县将力争年底前完成。",
            "攸县",
        ),
        # a source frame deep in the item is no lead: the official quoted speaks for it
        (
            "，正文：醴陵市委书记王强在调研时表示，今年全市将新建5G基站300个。"
            + "醴陵市持续推进数字乡村建设。" * 12
            + "记者从株洲市统计局获悉，全市数字经济增速较快。",
            "醴陵市",
        ),
    ],
    ids=["provincial-bureau", "late-source"],
)
def test_a_source_without_a_place_or_after_the_lead_changes_nothing(text: str, region: str) -> None:
    assert main_region_name(text) == region


# ---------------------------------------------------------------- one place's share of a total


def test_lengths_split_among_the_counties_a_road_crosses_are_each_countys(tmp_path: Path) -> None:
    regions = regions_by_raw(extraction_of(tmp_path, ZHUZHOU_ROAD))
    assert regions["52.4公里"] == "株洲市"
    assert regions["30.2公里"] == "醴陵市"
    assert regions["22.2公里"] == "攸县"


def test_a_clause_on_one_provinces_section_gives_all_its_quantities_to_that_province(tmp_path: Path) -> None:
    text = (
        "2023-07-21，正文：记者从天津市重大项目办获悉，津沧城际铁路正加速建设。线路全长约90公里，"
        "共设车站6座。其中，天津段长约40公里、设站3座；河北段长约50公里、设站3座。"
    )
    targets = extraction_of(tmp_path, text).targets
    by_quote = {(target.raw, target.quote): target.region for target in targets}
    assert by_quote[("40公里", "天津段长约40公里、设站3座")] == "天津市"
    assert by_quote[("50公里", "河北段长约50公里、设站3座")] == "河北省"
    assert {region for (raw, quote), region in by_quote.items() if quote.startswith("河北段")} == {"河北省"}


def test_a_quantity_after_a_self_reference_stays_with_the_items_region(tmp_path: Path) -> None:
    text = (
        "2023-07-22，正文：记者从株洲市交通运输局获悉，今年全市将新改建农村公路300公里，"
        "醴陵市将新建公路80公里。"
    )
    regions = regions_by_raw(extraction_of(tmp_path, text))
    assert regions["300公里"] == "株洲市"


# ---------------------------------------------------------------- a completion clause that ends the sentence


def deadline_of(text: str, raw: str, plan_year: int = 2023) -> str | None:
    reader = DeadlineReader(text, TextIndex(text), plan_year)
    position = text.index(raw)
    return reader.deadline_at(position, position, position + len(raw))


@pytest.mark.parametrize(
    ("text", "raw", "deadline"),
    [
        (
            "旅游专线一期线路全长9.6公里，总投资约18亿元，设计时速100公里，计划2024年6月建成并进行初期运营。",
            "9.6公里",
            "2024",
        ),
        (
            "旅游专线一期线路全长9.6公里，总投资约18亿元，设计时速100公里，计划2024年6月建成并进行初期运营。",
            "18亿元",
            "2024",
        ),
        ("产业园规划建设标准厂房20万平方米，计划2025年底竣工并投入使用。", "20万平方米", "2025"),
        ("新建污水管网36公里，计划年底完工并投入运行。", "36公里", "2023"),
        ("体育中心总投资6亿元，预计明年建成并开始营业。", "6亿元", "2024"),
    ],
    ids=["length", "investment", "floor-area", "year-end", "next-year"],
)
def test_a_last_clause_that_dates_completion_and_opening_covers_the_figures_before_it(
    text: str, raw: str, deadline: str
) -> None:
    assert deadline_of(text, raw) == deadline


def test_a_later_clause_that_goes_on_to_other_plans_dates_nothing_before_it() -> None:
    text = "物流园总投资10亿元，计划2025年建成并带动周边就业2000人。"
    assert deadline_of(text, "10亿元") is None


# ---------------------------------------------------------------- a city official named only by title


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "，正文：8月9日上午，市委书记王明赴温县调研智能装备产业园项目建设，并召开现场办公会。王明强调，"
            "各级各部门要全力推动我市装备制造产业做大做强。",
            "焦作市",
        ),
        (
            "，正文：8月3日，市长刘强深入醴陵市白兔潭镇调研陶瓷产业发展。刘强指出，全市要加快陶瓷产业升级。",
            "醴陵市",
        ),
    ],
    ids=["visits-a-county", "own-county-level-city"],
)
def test_a_city_official_named_only_by_title_speaks_for_the_city_of_the_county_visited(
    text: str, region: str
) -> None:
    assert main_region_name(text) == region


def test_a_city_title_with_counties_of_two_cities_decides_nothing() -> None:
    text = (
        "，正文：8月9日，市委书记王明赴温县调研，随后前往浚县考察。温县今年将新建标准厂房10万平方米，"
        "温县力争引进项目20个。"
    )
    assert main_region_name(text) == "温县"


# ---------------------------------------------------------------- a county's figures in a city's news item

CITY_EVENT = (
    "，正文：8月15日，全市第三批重大项目集中开工活动举行，市委书记王明出席。此次全市共开工项目40个，"
    "总投资320亿元。其中，温县智能装备产业园项目总投资18亿元，投产后预计实现年产值25亿元以上。"
    "王明要求，全市各级各部门要树牢项目为王导向。河南省重点项目今年将新增投资50亿元。"
)


def test_a_sentence_that_opens_on_a_county_gives_its_figures_to_the_county(tmp_path: Path) -> None:
    regions = regions_by_raw(extraction_of(tmp_path, CITY_EVENT))
    assert regions["18亿元"] == "温县"
    assert regions["25亿元以上"] == "温县"


def test_a_sentence_that_opens_on_a_province_stays_with_the_city(tmp_path: Path) -> None:
    regions = regions_by_raw(extraction_of(tmp_path, CITY_EVENT))
    assert regions["50亿元"] == "焦作市"


# ---------------------------------------------------------------- the plan year of a dated news item


def test_the_years_a_project_is_completed_in_are_no_plan_year_of_the_item() -> None:
    text = (
        "记者从郑州市重大项目办获悉，郑许市域铁路二期正加速建设。线路2027年通车后，许昌到郑州最快25分钟。"
        "计划2026年底实现全线洞通。待2027年通车后，两市通勤更便捷。"
    )
    assert detect_plan_year(text, "2023-07-24") == 2023


def test_the_year_end_in_a_dated_item_about_a_later_opening_is_the_items_year(tmp_path: Path) -> None:
    text = (
        "2023-07-24，正文：记者从郑州市重大项目办获悉，郑许市域铁路二期正加速建设。线路2027年通车后，"
        "许昌到郑州最快25分钟。计划2026年底实现全线洞通。待2027年通车后，两市通勤更便捷。"
        "年底前将完成投资12亿元。"
    )
    targets = {target.raw: target for target in extraction_of(tmp_path, text).targets}
    assert targets["12亿元"].deadline == "2023"


def test_a_year_that_opens_next_years_plans_still_wins_over_the_date() -> None:
    text = "2024年，全市将新建5G基站500个，2024年将新增就业岗位1万个。"
    assert detect_plan_year(text, "2023-12-20") == 2024


# ---------------------------------------------------------------- a counter per occasion


@pytest.mark.parametrize(
    ("text", "raw", "unit"),
    [
        ("为专板企业对接服务超过1200家次", "1200家次", "家次"),
        ("全年上门服务困难群众3000户次", "3000户次", "户次"),
        ("检查过往车辆5600台次", "5600台次", "台次"),
        ("新增入库企业20家", "20家", "家"),
    ],
    ids=["firms", "households", "vehicles", "plain-counter"],
)
def test_a_counter_per_occasion_is_written_as_is(text: str, raw: str, unit: str) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.raw, quantity.unit) == (raw, unit)


# ---------------------------------------------------------------- what a plan or a notice says

NOTICE_ITEM = (
    "，正文：8月9日，记者从株洲市轨道交通集团官网了解到，最新发布的《株洲市轨道交通1号线工程环境影响报告书"
    "征求意见稿公示》与此前的建设规划相比，线路长度由原来的18.2公里调整为17.6公里。公示内容，1号线线路起于"
    "田心站，终于株洲南站，线路全长约17.6公里，共设12座车站，均为地下车站，设田心停车场一座。在此前的招标公告中，描述都是"
    "“全长约18.2公里，设站11座”。公示期间已收到意见12条。"
)
PLAN_SHOWS = (
    "2023-08-09，正文：近年来，株洲新区已建成道路20公里，建成公园5个，征迁工作完成了90%。规划显示，新区道路总长"
    "45公里，设公交首末站6处。"
)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (NOTICE_ITEM, {"17.6公里", "12座"}, {"18.2公里", "11座", "12条", "一座"}),
        (PLAN_SHOWS, {"45公里", "6处"}, {"20公里", "5个", "90%"}),
    ],
    ids=["notice-content", "plan-shows"],
)
def test_what_a_plan_or_notice_says_is_planned_in_an_item_that_reports(
    tmp_path: Path, text: str, kept: set[str], dropped: set[str]
) -> None:
    raws = {target.raw for target in extraction_of(tmp_path, text).targets}
    assert kept <= raws
    assert not dropped & raws


# ---------------------------------------------------------------- a city's short name inside a park's name

PARK_ITEM = (
    "2023-08-01 15:23，正文：7月30日，宜昌市夷陵区京东宜昌智慧物流园项目建设正式铺开。"
    "京东宜昌智慧物流园项目是夷陵区2023年重点招商引资项目。项目于7月开工建设，预计2024年9月建成投产。京东宜昌智慧物流园项目负责人介绍，"
    "年内再用90天左右的时间，完成基础工程。夷陵区持续做好京东宜昌智慧物流园项目服务，京东宜昌智慧物流园建成后"
    "将提供就业岗位900个。"
)


def test_a_district_named_under_its_city_outvotes_the_citys_short_name_in_a_parks_name(
    tmp_path: Path,
) -> None:
    assert main_region_name(PARK_ITEM) == "夷陵区"
    regions = regions_by_raw(extraction_of(tmp_path, PARK_ITEM))
    assert regions["900个"] == "夷陵区"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("在宜昌举办物流博览会，宜昌将新增物流企业30家。宜昌力争物流收入突破100亿元。", "宜昌市"),
        ("物流企业纷纷看好宜昌，表示将继续支持宜昌物流发展，助力宜昌打造物流枢纽。", "宜昌市"),
    ],
    ids=["short-name-after-a-preposition", "short-name-after-a-verb"],
)
def test_a_short_name_after_a_preposition_or_a_break_still_counts(text: str, kept: str) -> None:
    assert main_region_name(text) == kept


# ---------------------------------------------------------------- the span of time a work takes


def test_the_span_of_time_a_work_takes_is_no_target(tmp_path: Path) -> None:
    raws = {target.raw for target in extraction_of(tmp_path, PARK_ITEM).targets}
    assert "90天左右" not in raws
    text = "2023-08-01，正文：全县将企业开办时间压缩至2个工作日，审批时限不超过5天。"
    raws = {target.raw for target in extraction_of(tmp_path, text).targets}
    assert {"2个工作日", "5天"} <= raws


# ---------------------------------------------------------------- a sentence that details the one before it

DETAILED_TOTAL = (
    "2023-08-02，正文：记者从黄冈市农业农村局获悉，今年全市计划发展稻虾共作50万亩。其中，蕲春县计划新增10万亩，"
    "武穴市力争新增8万亩左右。"
)


def test_each_clause_of_a_detail_is_the_place_it_opens_on(tmp_path: Path) -> None:
    regions = regions_by_raw(extraction_of(tmp_path, DETAILED_TOTAL))
    assert regions == {"50万亩": "黄冈市", "10万亩": "蕲春县", "8万亩左右": "武穴市"}


def test_a_sentence_opening_on_qizhong_takes_the_time_of_the_total_it_details(tmp_path: Path) -> None:
    targets = extraction_of(tmp_path, DETAILED_TOTAL).targets
    assert {target.raw: target.deadline for target in targets} == {
        "50万亩": "2023",
        "10万亩": "2023",
        "8万亩左右": "2023",
    }


def test_a_detail_after_a_past_total_takes_no_time_from_it() -> None:
    text = "记者从黄冈市农业农村局获悉，全市去年已发展稻虾共作40万亩。其中，蕲春县将新增10万亩。"
    assert deadline_of(text, "10万亩") is None


# ------------------------------------------------- a zone's head; a county's figures after a frame


def test_the_head_of_a_zone_written_in_full_speaks_for_the_zone(tmp_path: Path) -> None:
    text = (
        "2023-08-10，正文：8月9日，荆门经济技术开发区管委会主任赵明介绍，今年经开区将新增规上工业企业15家，"
        "工业总产值力争突破600亿元。"
    )
    extraction = extraction_of(tmp_path, text)
    (region,) = extraction.regions
    assert region.name == "荆门经济技术开发区" and "经开区" in region.aliases
    assert set(regions_by_raw(extraction).values()) == {"荆门经济技术开发区"}


CITY_MEETING = (
    "2023-08-10，正文：8月9日，全市重点项目推进会在钟祥市召开。荆门市委书记表示，全市上下要坚持项目为王。"
    "据介绍，钟祥市今年计划实施重点项目90个，总投资260亿元。钟祥市今年新开工项目40个，全市新开工项目将达到"
    "150个。"
)


def test_a_county_opening_a_sentence_after_a_frame_keeps_its_later_clauses(tmp_path: Path) -> None:
    regions = regions_by_raw(extraction_of(tmp_path, CITY_MEETING))
    assert regions["90个"] == "钟祥市"
    assert regions["260亿元"] == "钟祥市"


def test_a_clause_in_the_texts_own_voice_stays_with_the_text(tmp_path: Path) -> None:
    regions = regions_by_raw(extraction_of(tmp_path, CITY_MEETING))
    assert regions["150个"] == "荆门市"


# ---------------------------------------------------------------- the period in a document's name


@pytest.mark.parametrize(
    ("text", "raw", "deadline"),
    [
        (
            "近日，荆门市印发《制造业数字化转型三年行动计划（2023-2025年）》。计划提出，全市培育智能工厂30家，"
            "规上工业企业数字化改造覆盖率达到80%以上。",
            "30家",
            "2023-2025",
        ),
        (
            "近日，荆门市印发《关于加快建设物流枢纽的实施意见（2023—2027年）》。《意见》明确，全市新增A级物流"
            "企业20家。",
            "20家",
            "2023-2027",
        ),
        (
            "近日，荆门市印发《全民健身实施计划（2021-2025年）》。计划提出，到2024年全市新建健身步道100公里。",
            "100公里",
            "2024",
        ),
    ],
    ids=["plan-proposes", "opinion-states", "own-year-wins"],
)
def test_the_period_of_a_documents_name_governs_what_the_document_says(
    text: str, raw: str, deadline: str
) -> None:
    assert deadline_of(text, raw) == deadline


def test_a_sentence_that_reports_no_document_takes_no_period_from_one() -> None:
    text = "近日，荆门市印发《制造业数字化转型三年行动计划（2023-2025年）》。全市现有智能工厂12家。"
    assert deadline_of(text, "12家") is None
