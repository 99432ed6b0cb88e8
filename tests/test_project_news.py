"""Targets in local project news (重大项目 开工/签约, 招商引资, 轨道交通/公路/桥梁 建设进展, 产业园):
which figures are targets and which are not (guidelines §3).

The sentences are written for these tests after the shapes of such news: a park's policing pilot with the
park's profile, a railway or expressway whose works advance, a zone's groundbreaking day, a county's
signing event.
"""

from __future__ import annotations

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import text_document
from summarizer.ingest.prepare import prepare_article
from summarizer.schema import Target
from tests.test_rules import raws, targets_in

NEWS_PAGE = "23-08-15 09:10，正文："
"""The body label a news page's crawl carries (cleaning takes it out of the text)."""


def extracted(text: str) -> list[Target]:
    return extract_article(prepare_article(text_document(text))).targets


# ---------------------------------------------------------------- a scraped news page reads as news


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the profile of a park that stands, in an item with no 记者 or 据悉 of its own
        (
            NEWS_PAGE + "为提升基层治理效能，青禾高新区在柳溪社区设立警务园区试点。柳溪园区占地12.5平方公里，"
            "有企业180家，其中规上企业21家，市级重点企业9家。",
            [],
        ),
        (
            NEWS_PAGE + "连日来，白沙镇开展人居环境整治。该镇共有行政村14个，常住人口3.2万人，"
            "已清理河道沟渠36公里。",
            [],
        ),
        # forward evidence still keeps a figure a target
        (
            NEWS_PAGE + "柳溪园区占地12.5平方公里，有企业180家。下一步，园区将新建标准化厂房5万平方米。",
            ["5万平方米"],
        ),
        (NEWS_PAGE + "今年，青禾县计划实施重点项目60个，完成投资120亿元。", ["60个", "120亿元"]),
    ],
)
def test_a_scraped_news_page_reads_as_news(text: str, kept: list[str]) -> None:
    assert [target.raw for target in extracted(text)] == kept


def test_without_the_news_page_label_a_plan_keeps_its_unmarked_figures() -> None:
    assert [target.raw for target in extracted("园区新建标准化厂房5万平方米，新增入驻企业20家。")] == [
        "5万平方米",
        "20家",
    ]


# ---------------------------------------------------------------- a title names, it does not plan


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("园区制定《服务保障绿色低碳高质量发展十二条措施》，建立包联服务机制。", []),
        ("该县出台《关于支持民营经济发展的20条意见》，全年新增市场主体5000户。", ["5000户"]),
        ("《青禾县“十大工程”三年行动方案》印发实施。", []),
    ],
)
def test_a_number_in_a_title_is_part_of_a_name(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # the years of a plan's title are the document's horizon, not the time of the project
        (
            "柳江高速是《某省高速公路网规划（2021～2035年）》中新增的联络线之一，路线全长86.5公里。",
            None,
        ),
        ("按照《青禾县国土空间总体规划（2021-2035年）》，新建城市道路42公里。", None),
        # a time of the text itself still governs
        ("按照《青禾县国土空间总体规划》，到2025年新建城市道路42公里。", "2025"),
        ("《方案》提出，到2027年，全市新能源装机达到800万千瓦。", "2027"),
    ],
)
def test_the_years_of_a_title_govern_no_target(text: str, deadline: str | None) -> None:
    targets = targets_in(text, 2023)
    assert len(targets) == 1
    assert targets[0].deadline == deadline


def test_the_years_of_a_title_do_not_set_the_plan_year() -> None:
    article = prepare_article(
        text_document(
            "，正文：沁柳高速是《某省高速公路网规划（2021～2035年）》新增路线之一，路线全长86.5公里，"
            "计划预制T梁1200片，预计于2024年10月底全部完成。"
        )
    )
    assert article.plan_year is None  # neither the title's span nor a completion year ahead (预计于2024年…)


# ---------------------------------------------------------------- the scale of a line still being built


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a finished part of the line leans the paragraph to the past; the line itself is named as ahead
        (
            "记者从柳江市获悉，柳江轨道交通5号线首个盾构区间今日顺利贯通。柳江轨道交通5号线设站28座，"
            "是全省最长的地铁线路。此次贯通的区间右线全长912米。据悉，柳江轨道交通5号线建成后，将缓解中心城区交通压力。",
            ["28座"],
        ),
        (
            "中新网青禾8月2日电 青禾至白沙高速首座特大桥今日合龙。青禾至白沙高速全长64.2公里，"
            "是全省首条山区环线高速。据了解，青禾至白沙高速全线建成后，两地车程将缩短一半。",
            ["64.2公里"],
        ),
        # a part bored through is finished, though the line is to be completed later
        (
            "记者从铁路部门获悉，青禾隧道今日顺利贯通，为全线如期建成奠定坚实基础。青禾隧道全长4210米，"
            "是全线最长隧道。",
            [],
        ),
        # the line named again as opened: its profile is a fact
        (
            "记者从柳江市获悉，柳江轨道交通2号线设站21座，是该市首条跨江线路。柳江轨道交通2号线开通运营以来，"
            "累计运送乘客1.2亿人次。",
            [],
        ),
    ],
)
def test_a_line_named_as_ahead_keeps_its_scale(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


# ---------------------------------------------------------------- the region of a zone named in full


def regions_of(text: str) -> list[tuple[str, str | None]]:
    return [(target.raw, target.region) for target in extracted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the area of a free-trade zone with its own 管委会 is its own region, named in full or short
        (
            NEWS_PAGE + "记者从青港新片区管委会获悉，中国(某省)自由贸易试验区青港新片区"
            "今年的制造业投资将超过300亿元。",
            [("300亿元", "青港新片区")],
        ),
        (
            NEWS_PAGE + "记者从白沙片区管委会获悉，中国(某省)自由贸易试验区白沙片区"
            "今年力争新增注册企业4000家。",
            [("4000家", "白沙片区")],
        ),
        # placed in the zone after the clause: "…项目在青港新片区集中开工"
        (
            NEWS_PAGE + "记者从青港新片区管委会获悉，中国(某省)自由贸易试验区青港新片区今年将新引进企业30家。"
            "总投资约120亿元的8个重点项目将于下月在青港新片区集中开工。",
            [("30家", "青港新片区"), ("120亿元", "青港新片区"), ("8个", "青港新片区")],
        ),
        # a high-tech zone named after a district is the zone, not the district
        (
            "记者从宝山高新区管委会获悉，宝山高新区今年将新引进高新技术企业30家。",
            [("30家", "宝山高新区")],
        ),
    ],
)
def test_a_zone_named_in_full_is_its_own_region(text: str, expected: list[tuple[str, str]]) -> None:
    assert regions_of(text) == expected


def test_a_city_quarter_is_no_zone_where_no_free_trade_zone_is_named() -> None:
    text = NEWS_PAGE + (
        "记者从柳溪区获悉，老城片区今年将完成改造房屋300户，柳溪区城投管委会负责老城片区的征收。"
    )
    assert [region for _, region in regions_of(text)] == ["柳溪区"]


# ---------------------------------------------------------------- after a progress lead


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the share of the total investment done so far is a result; the project's scale stays
        (
            "记者从青禾县获悉，城东污水处理厂项目总投资3.2亿元，截至目前，已完成投资2.1亿元，占总投资的65%。",
            ["3.2亿元"],
        ),
        ("柳溪大桥项目已完成投资1.8亿元，占投资总额的72%。", []),
        # the rest of the work, set ahead by its own clause, is an amount of work to do
        (
            "据了解，该项目计划总投资15亿元，目前已完成投资9亿元，剩余6亿元将于年底前完成。",
            ["15亿元", "6亿元"],
        ),
        ("记者从白沙镇获悉，老旧小区已完成改造1200户，剩余800户将于年底前完成改造。", ["800户"]),
        # a remainder that nothing sets ahead is where the work stands
        ("记者从白沙镇获悉，老旧小区已完成改造1200户，剩余800户正在施工。", []),
    ],
)
def test_after_a_progress_lead(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


# ---------------------------------------------------------------- a finished project's profile


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("记者从青禾县获悉，青禾县光伏产业园去年建成投产，总投资5亿元，年产值达8亿元，带动就业600人。", []),
        ("据介绍，白沙污水处理厂已于2022年建成运行，总投资1.6亿元，日处理污水3万吨。", []),
        # a phase still ahead beside the finished one keeps its scale
        ("记者从青禾县获悉，该园一期去年建成投产，二期总投资10亿元，计划明年开工。", ["10亿元"]),
        # a project that breaks ground: its scale and expected output are ahead
        (
            "记者从青禾县获悉，新能源装备产业园项目今日开工，项目总投资30亿元，建成投产后预计年产值50亿元。",
            ["30亿元", "50亿元"],
        ),
    ],
)
def test_the_profile_of_a_finished_project_is_a_fact(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what the work builds, said of the work the sentence before names, whose completion lies ahead
        (
            "中新社柳江8月15日电 柳江地铁6号线扩能提升工程首个盾构区间15日实现双线贯通。柳江轨道交通6号线"
            "扩能提升工程是全省规模最大的既有线改造工程。工程新建线路约31公里，新建车站17座。"
            "此次贯通的区间左线长度为1180米。6号线扩能提升工程完成后，将大幅缩短沿线出行时间。",
            ["31公里", "17座"],
        ),
        # the same scope of a work that has opened is a fact
        (
            "中新社柳江8月15日电 柳江地铁6号线扩能提升工程今日开通运营。工程新建线路约31公里，新建车站17座。",
            [],
        ),
    ],
)
def test_the_scope_of_a_work_named_as_ahead_is_its_scale(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


def test_a_media_desk_byline_reads_as_news() -> None:
    text = "青禾融媒体中心讯 白沙镇污水处理厂提标改造工程完工，全镇污水日处理规模达到2万吨，管网总长86公里。"
    assert raws(text, 2023) == []


# ---------------------------------------------------------------- a municipality's line through its districts


def test_a_line_through_several_districts_is_the_municipality_s() -> None:
    text = NEWS_PAGE + (
        "记者从上海地铁建设部门获悉，上海地铁19号线工程今日开工。该线路由闵行区经徐汇区至浦东新区，"
        "全长44公里，设站30座，其中闵行区段设站9座。上海市交通委表示，19号线建成后，"
        "将缓解浦东新区、闵行区与中心城区间的交通压力。"
    )
    regions = dict(regions_of(text))
    assert regions["44公里"] == regions["30座"] == "上海市"
    assert regions["9座"] == "闵行区"  # the district's share of the line (tests/test_news_regions.py)


def test_a_district_s_own_item_stays_the_district_s() -> None:
    text = (
        NEWS_PAGE + "记者从闵行区获悉，闵行区今年将新建口袋公园12个。闵行区绿化部门表示，"
        "将借鉴上海徐汇区的做法，力争年底前完成改造绿地20公顷。"
    )
    assert {region for _, region in regions_of(text)} == {"闵行区"}


def test_a_crawl_label_with_a_month_and_day_only_is_taken_out() -> None:
    text = (
        "8-2 19:20，正文：    中新网柳江8月2日电 (记者 王某)由某局承建的柳江轨道交通5号线首个盾构区间"
        "2日顺利贯通。柳江轨道交通5号线设站28座，是全省最长的地铁线路。"
    )
    article = prepare_article(text_document(text))
    assert article.text.startswith("中新网柳江")
    assert article.date == "--08-02"  # a month and a day, no year (ISO 8601's form without the year)
    assert extract_article(article).priorities == []


# ---------------------------------------------------------------- a city's short form beside a sibling


def test_a_city_named_by_its_short_form_beside_a_sibling_city_is_the_region() -> None:
    text = NEWS_PAGE + (
        "中新网桂林8月7日电 桂柳高铁项目迎来建设新进展。位于桂林和柳州两市境内的桂柳高铁，建成后将成为"
        "桂北重要的交通动脉，其正线全长126.5公里，全线设桂林南、临桂、鹿寨北3个车站。据介绍，此次完工的特大桥"
        "位于柳州市鹿寨县某村西侧。桂柳高铁建成通车后，从桂林乘高铁到南宁的时间将大幅缩短。"
    )
    assert regions_of(text)[0] == ("126.5公里", "桂林市")


def test_a_county_s_item_that_names_its_city_in_passing_stays_the_county_s() -> None:
    text = NEWS_PAGE + (
        "记者从鹿寨县获悉，鹿寨县今年将新建标准化厂房5万平方米。鹿寨县位于柳州市东北部，"
        "距柳州市区约60公里，与桂林相邻。"
    )
    assert {region for _, region in regions_of(text)} == {"鹿寨县"}


# ---------------------------------------------------------------- progress reports of a project day


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the year's progress so far, against the plan and the schedule, with the count of its subjects
        ("记者从青禾市获悉，今年120个省市重点项目完成年度计划投资的68.5%，超序时进度10.2个百分点。", []),
        # a share the clause sets ahead stays a target
        ("记者从青禾市获悉，下半年，全市重点项目力争完成年度计划投资的90%以上。", ["90%以上"]),
        # the year's planned investment of the projects started today (their total is the day's event)
        ("记者从青禾市获悉，当天，86个项目集中开工，总投资312亿元，今年计划完成投资120亿元。", ["120亿元"]),
    ],
)
def test_a_progress_report_is_a_result(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a count whose items the next clause lists by name
        ("记者从柳江市获悉，环道将开通连接6个车库，其中可进入的车库包括滨江广场、国贸中心、星光大厦。", []),
        # a count whose parts the next clause counts stays a target
        ("记者从柳江市获悉，今年将新建学校10所，其中包括小学6所。", ["10所", "6所"]),
    ],
)
def test_a_count_of_the_items_listed_after_it(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a work whose opening the lead reports: its profile is a fact
        (
            "近日，柳江滨江隧道通车试运行。隧道全长约6.2公里，其中主通道全长约2.1公里。"
            "据悉，隧道建成后对同类型城市隧道的建设均有借鉴意义。",
            [],
        ),
        # a work that breaks ground: its scale is ahead
        (
            "近日，柳江滨江隧道开工建设。隧道全长约6.2公里，建成后将有效缓解地面交通压力。",
            ["6.2公里"],
        ),
    ],
)
def test_a_work_opened_in_the_lead_stands(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


# ---------------------------------------------------------------- a finished part of a line still being built


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the part closed today is finished; the line, to open next year, keeps its length
        (
            "中新网柳江8月9日电 柳江至白水高速白水特大桥9日顺利合龙，为明年全线建成通车奠定基础。全长1120米的"
            "白水特大桥，最高墩达76米。柳江至白水高速全长52.4公里，采用双向四车道标准建设。",
            ["52.4公里"],
        ),
        # a tunnel bored through: its length is a fact
        ("中新网柳江8月9日电 柳白铁路青山隧道9日顺利贯通。青山隧道位于白水县境内，全长4120米。", []),
        # works the item reports completed: their count is a fact
        ("中新网柳江8月9日电 记者9日获悉，柳白铁路全线在建的6座站房主体工程全部完工。", []),
    ],
)
def test_a_finished_part_of_a_line_still_being_built(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


def test_a_profile_figure_that_measures_a_part_is_no_scale_of_the_work() -> None:
    text = (
        "中新网柳江8月9日电 柳江至白水高速首座螺旋桥9日合龙。柳江至白水高速以螺旋桥为主，全长2150米螺旋曲线，"
        "巧妙化解52米的高差。柳江至白水高速全长46.2公里。柳江至白水高速全线建成通车后，将实现区域高速成网。"
    )
    assert raws(text, 2023) == ["46.2公里"]


def test_a_part_measured_in_a_past_leaning_paragraph_is_no_scale_of_the_line() -> None:
    text = (
        "中新网柳江8月2日电 柳江轨道交通5号线首个盾构区间2日顺利贯通。柳江轨道交通5号线设站28座，"
        "设有全长1260米联络通道。柳江轨道交通5号线建成后，将缓解中心城区交通压力。"
    )
    assert raws(text, 2023) == ["28座"]
