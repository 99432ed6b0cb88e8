"""Forward quantities of news items that the rules used to miss (guidelines §3: a quantity the region
plans or aims to reach is a target, whatever else its sentence or paragraph reports).

The articles below are written for these tests, in the shape of the news items of the test genre (a date
line, "正文：", a title run into the body); each runs through the offline backend as a file would.
"""

from __future__ import annotations

from pathlib import Path

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article
from summarizer.schema import Target

NEWS_HEAD = "2023-08-10 19:15，正文：原标题："


def news_targets(tmp_path: Path, body: str) -> list[Target]:
    """The targets the offline backend keeps from a news item saved as an article file."""
    path = tmp_path / "article.txt"
    path.write_text(NEWS_HEAD + body, encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    return extract_article(article).targets


def kept(targets: list[Target]) -> list[tuple[str, str, str | None]]:
    return [(target.raw, target.comparator, target.deadline) for target in targets]


WHOLE_YEAR_AFTER_A_HALF_YEAR = (
    "青禾电力绿电交易再提速。数据显示，青禾县2023年上半年绿电成交电量同比增长约30倍。县供电公司9日表示，"
    "将加快绿电绿证推广，力争全年服务外贸企业不少于150家，带动出口产品产值不低于12亿元。今年截至7月底，"
    "全县绿电成交电量近6亿千瓦时。"
)


def test_the_whole_year_of_a_plan_after_a_half_year_result(tmp_path: Path) -> None:
    """ "2023年上半年…增长约30倍。…将…，力争全年服务…不少于150家": the half-year named earlier in the
    paragraph is a result, but 全年 in a sentence with a plan word of its own is the year ahead."""
    assert kept(news_targets(tmp_path, WHOLE_YEAR_AFTER_A_HALF_YEAR)) == [
        ("150家", "at_least", "2023"),
        ("12亿元", "at_least", "2023"),
    ]


def test_a_signing_planned_after_a_plan_word(tmp_path: Path) -> None:
    """ "力争签约项目30个以上": the signing is what 力争 aims at, not an event that took place."""
    body = "上半年，青禾县签约项目18个，总投资120亿元。下半年，全县将继续开展招商，力争签约项目30个以上。"
    assert kept(news_targets(tmp_path, body)) == [("30个以上", "at_least", "2023")]


def test_a_goal_stated_after_mu_biao_shi(tmp_path: Path) -> None:
    """ "目标是突破300万人次": a goal, not a present state ("是" after 目标 is no copula of what is)."""
    body = "青禾县文旅局介绍，今年接待游客的目标是突破300万人次。"
    assert kept(news_targets(tmp_path, body)) == [("300万人次", "at_least", "2023")]


def test_events_counted_in_chang_are_quantities(tmp_path: Path) -> None:
    """ "举办招聘活动40场", "送戏下乡100场次": activities counted in 场 are amounts of work."""
    body = "今年，青禾县将举办招聘活动40场，开展送戏下乡100场次，提供就业岗位1.2万个。"
    assert kept(news_targets(tmp_path, body)) == [
        ("40场", "exactly", "2023"),
        ("100场次", "exactly", "2023"),
        ("1.2万个", "exactly", "2023"),
    ]


def test_places_and_scenes_are_no_chang_counts(tmp_path: Path) -> None:
    """ "5场馆", "10场景" are no counts of events: the 场 starts a word."""
    body = "今年，青禾县将新建5场馆，打造10场景。"
    assert kept(news_targets(tmp_path, body)) == []


def test_a_small_count_in_chinese_numerals_after_its_noun(tmp_path: Path) -> None:
    """ "新建幼儿园三所" in a sentence that plans: the count follows what it counts, so it is no idiom
    ("两个市场", "三个方面" put the count before the noun)."""
    body = "青禾县今年将建设一批民生工程，其中新建幼儿园三所、改造老旧小区两千户。"
    assert kept(news_targets(tmp_path, body)) == [("三所", "exactly", "2023"), ("两千户", "exactly", "2023")]


def test_idioms_in_chinese_numerals_stay_out(tmp_path: Path) -> None:
    """ "统筹两个市场", "抓好三个方面": a count before its noun stays an idiom or an enumeration."""
    body = "青禾县今年将统筹两个市场，抓好三个方面，新建幼儿园3所。"
    assert kept(news_targets(tmp_path, body)) == [("3所", "exactly", "2023")]


def test_a_small_count_after_its_noun_in_a_result_stays_out(tmp_path: Path) -> None:
    """ "去年新建幼儿园三所": a count after its noun is still a result when nothing plans it."""
    body = "青禾县去年新建幼儿园三所，改造老旧小区两千户。"
    assert kept(news_targets(tmp_path, body)) == []


RESULTS_SO_FAR = (
    "今年以来，青禾县累计完成投资45亿元，同比增长12%；新签约项目22个，总投资80亿元；新增市场主体3200户。"
)


def test_the_year_end_of_a_goal_named_earlier_in_its_sentence(tmp_path: Path) -> None:
    """ "该县的目标是，年底…突破90亿元" after a paragraph of results: the goal word of its sentence, not
    of its clause, makes 年底 the end of the year ahead."""
    body = RESULTS_SO_FAR + "该县的目标是，年底固定资产投资突破90亿元。"
    assert kept(news_targets(tmp_path, body)) == [("90亿元", "at_least", "2023")]


def test_the_year_of_a_plan_word_earlier_in_its_sentence(tmp_path: Path) -> None:
    """ "还要新建一批产业园区，年内建成标准厂房20万平方米": 要 before the comma plans what 年内 dates."""
    body = RESULTS_SO_FAR + "接下来，青禾县还要新建一批产业园区，年内建成标准厂房20万平方米。"
    assert kept(news_targets(tmp_path, body)) == [("20万平方米", "exactly", "2023")]


def test_the_task_an_official_names(tmp_path: Path) -> None:
    """ "今年我们的任务是新增就业岗位5000个" in quoted speech after results: 任务是 states a plan."""
    body = RESULTS_SO_FAR + "“今年我们的任务是新增就业岗位5000个。”县长李明说。"
    assert kept(news_targets(tmp_path, body)) == [("5000个", "exactly", "2023")]


def test_a_statement_framed_by_a_plan_document(tmp_path: Path) -> None:
    """ "根据方案，今年全县新建公共充电桩500个": the plan document frames what follows as planned."""
    body = RESULTS_SO_FAR + "根据方案，今年全县新建公共充电桩500个。"
    assert kept(news_targets(tmp_path, body)) == [("500个", "exactly", "2023")]


def test_the_year_end_of_results_stays_a_result(tmp_path: Path) -> None:
    """ "截至年底，全县…达到1.86万公里": a cut-off with no plan word in its sentence is a result."""
    body = "去年，青禾县交通建设成效明显。截至年底，全县公路通车里程达到1.86万公里。"
    assert kept(news_targets(tmp_path, body)) == []


def test_counts_of_size_classes_in_chinese_numerals(tmp_path: Path) -> None:
    """ "打造两个千亿级产业集群、五个百亿级产业园区": the count of a size class is the target (guidelines §3:
    "3个五百亿级产业"), even in Chinese numerals; the grade is a class qualifier."""
    body = "青禾县今年将打造两个千亿级产业集群、五个百亿级产业园区。"
    assert kept(news_targets(tmp_path, body)) == [("两个", "exactly", "2023"), ("五个", "exactly", "2023")]


def test_a_plan_bound_stated_after_results(tmp_path: Path) -> None:
    """ "县长表示，全年固定资产投资增长10%左右" after a paragraph of results: a result is not written with
    左右, so the bound is a plan's when its sentence has no past mark."""
    body = RESULTS_SO_FAR + "县长李明表示，全年固定资产投资增长10%左右。"
    assert kept(news_targets(tmp_path, body)) == [("10%左右", "about", "2023")]


def test_a_forecast_bound_stays_an_estimate(tmp_path: Path) -> None:
    """ "预计全年…增长7%左右" after results estimates the year's result; "上半年…增长6%左右" reports one."""
    body = RESULTS_SO_FAR + "预计全年地区生产总值增长7%左右。上半年，全县财政收入同比增长6%左右。"
    assert kept(news_targets(tmp_path, body)) == []


def test_a_signing_planned_for_the_year(tmp_path: Path) -> None:
    """ "确保全年签约项目50个以上": the plan word before the year word still plans the signing."""
    body = RESULTS_SO_FAR + "下一阶段，青禾县将聚焦产业招商，确保全年签约项目50个以上。"
    assert kept(news_targets(tmp_path, body)) == [("50个以上", "at_least", "2023")]


def test_what_there_will_be(tmp_path: Path) -> None:
    """ "年内还将有12个项目集中开工": 将有 states what is to come, not what exists."""
    body = RESULTS_SO_FAR + "李明介绍，年内还将有12个项目集中开工。"
    assert kept(news_targets(tmp_path, body)) == [("12个", "exactly", "2023")]


def test_a_project_capacity_named_after_the_project(tmp_path: Path) -> None:
    """ "…已完成投资4亿元，项目设计产能2GW，预计明年6月投产": the capacity of a project being built is a
    target (guidelines §3, project) though its sentence reports progress; its investment to date is not."""
    body = "青禾县光伏产业园项目于今年3月开工，目前已完成投资4亿元，项目设计产能2GW，预计明年6月投产。"
    assert [target.raw for target in news_targets(tmp_path, body)] == ["2GW"]


def test_the_capacity_of_a_finished_project_stays_a_result(tmp_path: Path) -> None:
    """ "风电项目一期已于去年并网，装机容量5万千瓦": the capacity's clause names no project, its sentence
    reports the project finished."""
    body = "青禾县风电项目一期已于去年并网，装机容量5万千瓦，占地300亩。"
    assert news_targets(tmp_path, body) == []


def test_what_a_project_yields_once_built(tmp_path: Path) -> None:
    """ "建成后可年产新型复合材料10万吨" in the news of a ground-breaking: what the project is to yield is
    ahead, though the event (此次集中开工) is reported as done."""
    body = (
        "8月8日，青禾县举行重点项目集中开工仪式，此次集中开工项目12个，总投资56亿元。其中，青禾新材料"
        "产业园项目总投资20亿元，建成后可年产新型复合材料10万吨。"
    )
    assert [target.raw for target in news_targets(tmp_path, body)] == ["20亿元", "10万吨"]
