"""Targets in forward-looking genres (a work report's target list, a plan's goals, a leader's plans) keep
their value, comparator and deadline (guidelines §3, "Deadlines").

The articles below are written for these tests; each runs through the offline backend as a file would.
"""

from __future__ import annotations

from pathlib import Path

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article
from summarizer.parse.quantities import find_quantities
from summarizer.schema import Target


def article_targets(tmp_path: Path, text: str) -> list[Target]:
    """The targets the offline backend keeps from a text saved as an article file."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    return extract_article(article).targets


def fields(targets: list[Target]) -> list[tuple[str, str, str | None]]:
    return [(target.raw, target.comparator, target.deadline) for target in targets]


TARGET_LIST_UNDER_A_HEADING = """青禾县政府工作报告描绘新一年蓝图

2019年3月2日，青禾县县长在县十八届人大三次会议上作政府工作报告，总结成绩实事求是，谋划工作务实清晰。

主要目标
地区生产总值增长8.5%左右，固定资产投资增长12%左右，一般公共预算收入增长6%左右，规模以上工业增加值增长9%左右，农村居民人均可支配收入增长8%左右，城镇登记失业率控制在4%以内，单位生产总值能耗下降3%。
"""


def test_a_target_list_of_growth_rates_is_not_read_as_results(tmp_path: Path) -> None:
    """ "增长8.5%左右" under a heading "主要目标": a list of plan bounds, not a report of attained growth."""
    kept = fields(article_targets(tmp_path, TARGET_LIST_UNDER_A_HEADING))
    assert kept == [
        ("8.5%左右", "about", "2019"),
        ("12%左右", "about", "2019"),
        ("6%左右", "about", "2019"),
        ("9%左右", "about", "2019"),
        ("8%左右", "about", "2019"),
        ("4%以内", "at_most", "2019"),
        ("3%", "exactly", "2019"),
    ]


RESPECTIVE_BOUNDS = """石门县今年主要预期目标

发布时间：2024-01-20

今年经济社会发展的主要预期目标是：城乡居民收入分别增长7%和9%左右，税收收入和非税收入分别增长5%与4%以上，人口自然增长率控制在4‰以内。
"""


def test_a_bound_written_once_after_two_items_joined_by_he_covers_both(tmp_path: Path) -> None:
    kept = fields(article_targets(tmp_path, RESPECTIVE_BOUNDS))
    assert kept[:4] == [
        ("7%", "about", "2024"),
        ("9%左右", "about", "2024"),
        ("5%", "at_least", "2024"),
        ("4%以上", "at_least", "2024"),
    ]


def test_per_mille_is_a_unit() -> None:
    (quantity,) = find_quantities("人口自然增长率控制在2.5‰以内")
    assert (quantity.value, quantity.unit, quantity.comparator) == (2.5, "‰", "at_most")


PROJECTS_WITH_A_SUBTITLE = """丰源县重点项目集中开工
全年实施重点项目48个 计划总投资96.5亿元

发布时间：2024-03-12

3月12日，丰源县举行重点项目集中开工仪式。今年，丰源县全年确定实施重点项目48个，项目总投资96.5亿元，年度计划投资31.2亿元。
"""


def test_a_subtitle_restating_the_body_s_targets_states_them_once(tmp_path: Path) -> None:
    kept = [(target.raw, target.quote) for target in article_targets(tmp_path, PROJECTS_WITH_A_SUBTITLE)]
    assert [raw for raw, _ in kept] == ["48个", "96.5亿元", "31.2亿元"]
    assert all("计划总投资96.5亿元" not in quote for _, quote in kept)


FORECAST_AFTER_A_STATE = """北原市能源局负责人谈新能源发展

发布时间：2025-01-16

北原市能源局负责人在接受采访时表示，目前，全市在建新能源项目860万千瓦，预计2025年新能源总装机达到1500万千瓦以上。2024年1—11月，全市新能源发电量同比增长21%，风电设备出口额2.4亿元。
"""


def test_a_forecast_of_the_plan_year_is_a_plan_after_a_statement_of_the_present(tmp_path: Path) -> None:
    """ "目前…在建…，预计2025年…达到1500万千瓦以上": the clause's own forecast year governs, not 目前."""
    kept = fields(article_targets(tmp_path, FORECAST_AFTER_A_STATE))
    assert kept == [("1500万千瓦以上", "at_least", "2025")]


PLAN_AFTER_A_LOOK_BACK = """云岭市制造业提升行动方案解读

发布时间：2023-05-10

方案出台的背景是什么？
近年来，全市制造业发展较快，规上工业企业稳步增加。

方案希望达到什么目标？
《方案》提出，到2027年，全市规上工业增加值突破600亿元。培育形成2个五百亿级产业、12个以上百亿级特色产业链以及一批百亿级企业。
"""


def test_a_document_s_plan_after_a_look_back_keeps_its_counts_and_time(tmp_path: Path) -> None:
    """ "《方案》提出，到2027年，…" opens the plan (the frame before the time), and the grade after a count
    ("2个五百亿级产业") qualifies the counted noun: the count is the target."""
    kept = fields(article_targets(tmp_path, PLAN_AFTER_A_LOOK_BACK))
    assert kept == [
        ("600亿元", "at_least", "2027"),
        ("2个", "exactly", "2027"),
        ("12个以上", "at_least", "2027"),
    ]


RESTATED_IN_A_LATER_SENTENCE = """丰源县推进充电设施建设

丰源县今年力争全县充电设施达到2万个，新建公共充电桩3000个。

会议强调，到2024年底，全县充电设施达到2万个，加快补齐短板。
"""

PARALLEL_ITEMS_OF_ONE_AMOUNT = """丰源县重点项目

丰源县今年将推进总投资500亿元以上的甲项目，推进总投资500亿元以上的乙项目。
"""


def test_an_amount_restated_after_the_same_words_in_a_later_sentence_is_one_target(tmp_path: Path) -> None:
    kept = [(target.raw, target.quote) for target in article_targets(tmp_path, RESTATED_IN_A_LATER_SENTENCE)]
    assert kept == [("2万个", "丰源县今年力争全县充电设施达到2万个"), ("3000个", "新建公共充电桩3000个")]


def test_parallel_items_of_one_amount_in_one_sentence_are_targets_of_their_own(tmp_path: Path) -> None:
    kept = [target.quote for target in article_targets(tmp_path, PARALLEL_ITEMS_OF_ONE_AMOUNT)]
    assert kept == ["丰源县今年将推进总投资500亿元以上的甲项目", "推进总投资500亿元以上的乙项目"]
