import pytest

from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.text import TextIndex
from summarizer.parse.deadlines import resolve_deadline


@pytest.mark.parametrize(
    ("written", "plan_year", "expected"),
    [
        ("2024-2025年计划实施工程固沙", 2024, "2024-2025"),
        ("2026-2030年计划完成腾格里沙漠综合治理任务", 2024, "2026-2030"),
        ("力争到2026年实现科技型中小企业", 2024, "2026"),
        ("2025年前将17家砂石土矿山整合为", 2024, "2025"),
        ("全年实施重大项目", 2024, "2024"),
        ("年内引进亿元项目", 2024, "2024"),
        ("计划年前完成改造", 2024, "2024"),
        ("今年将实施", 2023, "2023"),
        ("力争到明年示范区舍饲养殖规模达", 2023, "2024"),
        ("推进高标准农田建设", 2024, None),
        ("全年实施", None, None),
        (None, 2024, None),
        ("", 2024, None),
    ],
)
def test_resolve_deadline(written: str | None, plan_year: int | None, expected: str | None) -> None:
    assert resolve_deadline(written, plan_year) == expected


@pytest.mark.parametrize(
    ("written", "plan_year", "expected"),
    [
        ("今年开工，到2027年建成", 2024, "2027"),
        ("“十四五”期间", 2024, "2021-2025"),
        ("“十五五”时期", 2025, "2026-2030"),
        ("在两到三年内贡献产出", 2023, "2025-2026"),
        ("三年内扩大到", 2023, "2026"),
        ("9月底前完成", 2023, "2023"),
        ("去年完成投资", 2016, "2015"),
        ("到“十四五”末", 2024, "2025"),
        ("“十三五”期末", 2018, "2020"),
        ("力争用3年时间，", 2024, "2027"),
    ],
)
def test_resolve_deadline_spans_periods_and_relative_years(
    written: str, plan_year: int, expected: str
) -> None:
    assert resolve_deadline(written, plan_year) == expected


def deadlines_of(text: str, plan_year: int | None = 2025) -> dict[str, str | None]:
    """Each target's raw → deadline, through the rules backend's reader."""
    from tests.test_rules import targets_in

    return {target.raw: target.deadline for target in targets_in(text, plan_year or 2025)}


def test_one_time_word_covers_the_list_of_its_sentence() -> None:
    found = deadlines_of("今年将实施蒙牛乳业产业园项目，新建5个冷库、3条生产线，完成投资20亿元。", 2024)
    assert found == {"5个": "2024", "3条": "2024", "20亿元": "2024"}


def test_a_later_time_word_overrides_an_earlier_one() -> None:
    assert deadlines_of("今年开工建设物流园，到2027年建成仓储面积10万平方米。", 2024) == {
        "10万平方米": "2027"
    }


def test_a_span_written_as_years_stays_a_span() -> None:
    found = deadlines_of("2026-2030年计划完成腾格里沙漠锁边治理20万亩。", 2024)
    assert found == {"20万亩": "2026-2030"}


def test_the_heading_of_the_section_governs_its_paragraphs() -> None:
    text = (
        "二、2025年目标任务\n(一)工业方面。新建产业园区3个，规上工业增加值增长8%。\n"
        "(二)农业方面。新建高标准农田50万亩。"
    )
    assert set(deadlines_of(text, 2025).values()) == {"2025"}


def test_a_top_level_heading_without_a_time_ends_the_governed_section() -> None:
    text = "一、2024年工作回顾\n过去一年我们做了很多工作。\n二、下一步打算\n新建污水处理厂2座。"
    reader = DeadlineReader(text, TextIndex(text), 2025)
    position = text.index("2座")
    assert reader.deadline_at(position, position, position + 2) == "2025"  # the report's plan year, not 2024


def test_a_plan_report_gives_the_plan_year_where_nothing_else_governs() -> None:
    text = "(五)发展现代农牧业。新建高标准农田850万亩。\n(六)发展文化旅游。力争游客数量突破3亿人次。\n"
    reader = DeadlineReader(text, TextIndex(text), 2025)
    position = text.index("850万亩")
    assert reader.deadline_at(position, position, position + 5) == "2025"


def test_a_news_item_with_no_time_word_has_no_deadline() -> None:
    text = "该项目一期将实施1296颗卫星的组网，卫星工厂设计产能将达到300颗/年。"
    reader = DeadlineReader(text, TextIndex(text), 2023)
    position = text.index("1296")
    assert reader.deadline_at(position, position, position + 5) is None


@pytest.mark.parametrize(
    ("written", "plan_year", "expected"),
    [
        ("力争在未来5—10年内打造", 2023, "2028-2033"),  # an em dash between the counts
        ("用三年时间实现", 2023, "2026"),
        ("用3年左右的时间建成", 2024, "2027"),
        ("2024—2026年实施", 2023, "2024-2026"),
        ("到2027年底建成", 2024, "2027"),
        ("确保开栓前完成", 2023, "2023"),
        ("元旦前储煤率达", 2023, "2023"),
        ("汛期前完成", 2024, "2024"),
        ("上半年完成", 2024, "2024"),
        ("年末达到", 2024, "2024"),
        ("未来三年新建", 2023, "2026"),
        ("今明两年完成", 2024, "2024-2025"),
        ("明后两年建成", 2024, "2025-2026"),
        ("2024年至2026年实施", 2023, "2024-2026"),  # each end written with 年: still a span
        ("力争四季度开工", 2024, "2024"),
        ("第三季度末完成", 2024, "2024"),
        ("6月30日前完成", 2024, "2024"),
        ("2025年6月30日前完成", 2024, "2025"),  # the month belongs to the year written before it
        ("到2026年9月底建成", 2024, "2026"),
        ("8月8日，", 2024, None),  # a bare date dates the report, not a target
        ("比2020年翻一番", 2024, None),  # the base of a comparison governs nothing
        ("较上年增长", 2024, None),
        ("2020年以来累计", 2024, None),
    ],
)
def test_resolve_deadline_relative_periods_events_and_comparison_bases(
    written: str, plan_year: int, expected: str | None
) -> None:
    assert resolve_deadline(written, plan_year) == expected


def test_the_base_of_a_comparison_does_not_override_the_deadline() -> None:
    text = "到2025年，全县地区生产总值比2020年翻一番，达到300亿元。"
    reader = DeadlineReader(text, TextIndex(text), 2024)
    for raw in ("翻一番", "300亿元"):
        position = text.index(raw)
        assert reader.deadline_at(position, position, position + len(raw)) == "2025"


def test_spring_festival_written_after_february_is_next_year_s() -> None:
    text = "确保开栓前购煤签约率达100%，春节前储煤率达90%。"
    reader = DeadlineReader(text, TextIndex(text), 2023, "2023-08-11")
    first, second = text.index("100%"), text.index("90%")
    assert reader.deadline_at(first, first, first + 4) == "2023"
    assert reader.deadline_at(second, second, second + 3) == "2024"
    early = DeadlineReader(text, TextIndex(text), 2023, "2023-01-05")
    assert early.deadline_at(second, second, second + 3) == "2023"


def test_a_time_inside_another_clause_s_predicate_covers_only_that_clause() -> None:
    text = "二期5万吨锂盐项目将于今年7月20日下线，3万吨电镍项目即将开工。"
    reader = DeadlineReader(text, TextIndex(text), 2023)
    position = text.index("3万吨")
    assert reader.deadline_at(position, position, position + 3) is None


def test_a_year_inside_a_noun_covers_nothing_after_it() -> None:
    text = "省财政支持我市的2023年产业转移专项资金2.4亿元已到位，正合作组建规模超50亿元的产业基金。"
    reader = DeadlineReader(text, TextIndex(text), 2023)
    position = text.index("50亿元")
    assert reader.deadline_at(position, position - 1, position + 4) is None


def test_a_time_heading_an_earlier_clause_covers_the_clauses_after_it() -> None:
    text = "某县将按照全市2024年产业集群目标，一方面抓好续建项目，新能源总装机达到260万千瓦。"
    reader = DeadlineReader(text, TextIndex(text), 2024)
    position = text.index("260")
    assert reader.deadline_at(position, position, position + 6) == "2024"


def test_a_later_clause_saying_when_the_work_is_done_governs() -> None:
    text = "加快示范区6.063平方公里矿山地质环境治理，积极争取专项资金逐年治理，计划2027年全部完成。"
    assert deadlines_of(text, 2024) == {"6.063平方公里": "2027"}
    bridge = "总投资1.9亿元的大桥改扩建工程主体施工中，10月底可按计划竣工通车。"
    reader = DeadlineReader(bridge, TextIndex(bridge), 2023)
    position = bridge.index("1.9")
    assert reader.deadline_at(position, position, position + 5) == "2023"


def test_a_later_clause_with_its_own_work_does_not_govern() -> None:
    text = "新建和改造高标准农田80万亩，力争到2027年将永久基本农田全部建成高标准农田。"
    reader = DeadlineReader(text, TextIndex(text), 2025)
    position = text.index("80万亩")
    assert reader.deadline_at(position, position, position + 4) is None


def test_a_plan_whose_progress_is_reported_is_the_plan_year_s() -> None:
    text = "一级网计划维修2000米，现已完成1460米。全市“三修”计划投资7500万元，目前已投资5475万元。"
    reader = DeadlineReader(text, TextIndex(text), 2023)
    for raw in ("2000米", "7500万元"):
        position = text.index(raw)
        assert reader.deadline_at(position, position, position + len(raw)) == "2023"
    without_progress = "一级网计划维修2000米。"
    plain = DeadlineReader(without_progress, TextIndex(without_progress), 2023)
    position = without_progress.index("2000米")
    assert plain.deadline_at(position, position, position + 5) is None


def test_the_time_that_opens_a_paragraph_governs_its_sentences() -> None:
    text = "今年，全市重点推进城市更新。新建口袋公园120个。\n老旧小区改造惠及居民5000户。"
    reader = DeadlineReader(text, TextIndex(text), 2023)
    position = text.index("120个")
    assert reader.deadline_at(position, position, position + 4) == "2023"
    other = text.index("5000户")  # the next paragraph opens with no time
    assert reader.deadline_at(other, other, other + 5) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("新建高标准农田50万亩。城镇新增就业30万人以上。", "2025年政府工作报告"),
        ("政府工作报告\n新建高标准农田50万亩。城镇新增就业30万人以上。", None),
        ("二、2025年工作安排\n新建高标准农田50万亩。城镇新增就业30万人以上。", None),
    ],
)
def test_a_work_report_gives_the_plan_year_where_nothing_else_governs(text: str, title: str | None) -> None:
    reader = DeadlineReader(text, TextIndex(text), 2025, None, title)
    position = text.index("50万亩")
    assert reader.is_plan_report
    assert reader.deadline_at(position, position, position + 4) == "2025"


def test_a_news_item_is_not_a_work_report() -> None:
    text = "某县新建高标准农田50万亩。城镇新增就业30万人以上。"
    reader = DeadlineReader(text, TextIndex(text), 2025, "2025-03-02", "某县推进高标准农田建设")
    assert not reader.is_plan_report


def test_the_lead_in_of_a_list_governs_its_items() -> None:
    text = "2026年重点抓好以下工作：\n新建污水处理厂2座。\n改造老旧小区100个。"
    reader = DeadlineReader(text, TextIndex(text), 2025)
    for raw in ("2座", "100个"):
        position = text.index(raw)
        assert reader.deadline_at(position, position, position + len(raw)) == "2026"


def test_the_lead_in_after_a_numbered_label_governs_the_paragraphs_under_it() -> None:
    """ "（二）发展目标。到2026年，…": the time opening the sentence after the label governs the section."""
    text = (
        "一、总体要求\n（一）指导思想。坚持创新驱动。\n（二）发展目标。到2026年，基本建成先进制造业强县。\n"
        "规模更大。规上工业企业突破450家，制造业增加值占比稳定在35%以上。\n"
        "结构更优。高技术制造业产值占比超过20%。\n"
    )
    assert deadlines_of(text, 2024) == {"450家": "2026", "35%以上": "2026", "20%": "2026"}
