"""Frames that make a review's figures results (guidelines §3: the past and the present are not targets),
beside the plans that survive in the same texts; the shapes of tests/test_review_tense.py and
tests/test_review_shapes.py are not repeated here.

Every text below is written for these tests: an anniversary press conference that counts from an origin
year, a January-to-September statistics release whose first paragraph opens on 今年, a 元至N月 progress
report, a cut-off that frames the sentences after it, a review that lists the pipeline of projects it
planned, a review of the plan year whose paragraph names a span of years ending on it, a 全年 figure
told with its growth and a record, and a plan list whose items are joined by 、. Each runs through the
offline backend as a file would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import load_path
from summarizer.ingest.plan_year import detect_plan_year
from summarizer.ingest.prepare import prepare_article
from tests.test_review_tense import article_targets
from tests.test_rules import raws

ANNIVERSARY_FROM_AN_ORIGIN_YEAR = """\
庆祝改革开放45周年山阳县专场新闻发布会

据介绍，45年来，山阳县地区生产总值从1978年的0.9亿元起步，到1995年突破10亿元，到2012年突破100亿元，\
2023年预计达到236亿元，较1978年增长261倍。人均地区生产总值从1978年的160元，增长到2023年的4.1万元。\
财政收入从1978年的800万元，发展到2023年的9.6亿元，年均增长11.8%。
"""

JANUARY_TO_SEPTEMBER_RELEASE = """\
今年1-9月，全县经济总体保持平稳增长态势。主要特点如下：

（一）工业生产平稳增长。1-9月，规模以上工业总产值实现21.4亿元，同比增长5.2%。实际利用外资完成320万美元。

（二）金融运行平稳。截至9月底，金融机构各项存款余额达312.5亿元，比年初增长5.1%。其中住户存款余额226.8亿元，\
比年初增长7.3%；各项贷款余额128.4亿元，比年初增长8.6%。
"""

FIRST_MONTHS_REPORT = """\
项目建设来势较好

元至6月，全市完成全社会固定资产投资7.2亿元，同比增长31.5%；其中市属项目完成4.6亿元。一至九月，\
全市新签约项目18个，到位资金5.3亿元。
"""

PIPELINE_IN_A_REVIEW = """\
一、过去一年工作回顾

2024年，全区实现地区生产总值312亿元、增长5.6%。深化项目管理，126个重点项目完成投资98.6亿元，\
新谋划重点项目420个、总投资860亿元，签约亿元以上项目31个、投资规模96亿元。
"""

SPAN_ENDING_ON_THE_REVIEWED_YEAR = """\
2024年，青江市全力推动高质量发展，经济持续回升向好。

（一）拼经济稳增长成效显著。推出126项稳增长措施。一季度、上半年、前三季度、全年全市GDP分别增长6.5%、6.4%、6.1%、6.0%。“十四五”以来，全市地区生产总值增速连续四年超过6%，\
2021-2024年年均增长7.2%。2024年外贸进出口总额在高基数下实现1860亿元，总量占全省21%。
"""

A_YEAR_TOLD_WITH_ITS_GROWTH = """\
数据呈现

全年实现地区生产总值3200亿元、增长5.6%，连续8个季度高于全国平均水平；全年实施重点项目1600多个、\
完成投资1300多亿元，为近年最多。

展望新的一年，报告提出：地区生产总值增长5.5%左右、城乡居民收入增长6%左右、全年计划实施项目2100个、\
完成年度投资1500亿元。
"""


PLAN_YEAR_AFTER_A_LOOK_BACK = """\
今年以来，区发改局狠抓项目建设，推动项目早落地、早开工、早投产。

2025年126个计划实施项目，总投资318亿元，年度计划投资142亿元，目前已开工71个，开工率56%。
"""


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (ANNIVERSARY_FROM_AN_ORIGIN_YEAR, []),
        (JANUARY_TO_SEPTEMBER_RELEASE, []),
        (FIRST_MONTHS_REPORT, []),
        (PIPELINE_IN_A_REVIEW, []),
        (SPAN_ENDING_ON_THE_REVIEWED_YEAR, []),
        (A_YEAR_TOLD_WITH_ITS_GROWTH, ["5.5%左右", "6%左右", "2100个", "1500亿元"]),
        (PLAN_YEAR_AFTER_A_LOOK_BACK, ["126个", "318亿元", "142亿元"]),
    ],
    ids=[
        "anniversary-from-an-origin-year",
        "january-to-september-release",
        "first-months-report",
        "pipeline-in-a-review",
        "span-ending-on-the-reviewed-year",
        "a-year-told-with-its-growth",
        "plan-year-after-a-look-back",
    ],
)
def test_a_review_s_frames_make_its_figures_results(tmp_path: Path, text: str, kept: list[str]) -> None:
    assert article_targets(tmp_path, text) == kept


def test_an_origin_year_of_a_growth_is_not_the_plan_year() -> None:
    """ "从1978年的0.9亿元起步", "较1978年增长": the year a growth starts from is the past."""
    assert detect_plan_year(ANNIVERSARY_FROM_AN_ORIGIN_YEAR) == 2023


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a list of a plan's items joined by 、: no item is a size class of the next
        (
            "今年的预期目标是：地区生产总值增长6%左右、居民收入增长6%左右、全年计划实施项目1500个。",
            ["6%左右", "6%左右", "1500个"],
        ),
        # a size class before its projects still is one
        ("今年将引进超百亿元制造业项目8个。", ["8个"]),
        # a plan as the measure of a result, the planned investment of projects just counted, a count
        # whose items follow it, a comparison base
        (
            "元至6月，全市完成投资6.9亿元，同比增长38.2%，占年度计划的47.3%；其中市属项目完成4.1亿元，"
            "与上年持平。元至6月，签约项目11个，计划投资8.6亿元，前期工作项目25个，计划投资52亿元。",
            [],
        ),
        ("今年，全市纳入省考核的项目共5个，即甲项目、乙项目、丙项目、丁项目和戊项目。", []),
        (
            "今年全市计划实施重点项目71个，年度计划完成投资56亿元，目前已完成投资31亿元，占年度目标的55%。",
            ["71个", "56亿元"],
        ),
        # a result measured against a goal or a schedule; a goal named as one stays a target
        (
            "一季度，全区完成固定资产投资18.4亿元，同比增长12.6%，高于预期目标3.2个百分点。"
            "1-3月，省级重点项目完成投资4.2亿元，占年度投资计划41.5%，超时序进度2.8个百分点。",
            [],
        ),
        ("一、上半年工作总结。聚焦地区生产总值年度增长6%目标任务，建立经济运行工作专班。", ["6%"]),
        ("上半年，全区地区生产总值增长6.8%，高于6%的预期目标。", []),
        ("全年完成沙化土地治理任务150万亩以上，完成总任务55%以上。", ["150万亩以上", "55%以上"]),
        # 今年 before a period to date looks back; a plan after 下一步 stays
        ("今年1-9月，全县完成投资86亿元。下一步，力争全年完成投资120亿元。", ["120亿元"]),
    ],
)
def test_list_items_and_periods(text: str, kept: list[str]) -> None:
    assert raws(text) == kept


def test_a_function_word_after_a_title_starts_no_official_s_name(tmp_path: Path) -> None:
    """ "涪陵区在区委书记的领导下": no official named "的领导下", so no region "涪陵区在区"."""
    path = tmp_path / "article.txt"
    path.write_text("涪陵区在区委书记的领导下，力争到2027年先进材料产业产值突破500亿元。\n", encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    assert [target.region for target in extract_article(article).targets] == ["涪陵区"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "自2016年以来，全市抓住机遇加快发展，连续7年保持增速全省领先。到2022年，地区生产总值达到3260亿元，"
            "年均增长8.6%；人均地区生产总值实现6.2万元。",
            [],
        ),
        ("今年以来，全市经济较快增长。到2022年，地区生产总值力争达到3300亿元。", ["3300亿元"]),
        ("2016年以来，全市经济较快增长。下一步，到2022年，地区生产总值达到3300亿元。", ["3300亿元"]),
    ],
)
def test_a_period_since_a_past_year_ends_on_a_level_reached(text: str, kept: list[str]) -> None:
    """The year that closes a period looked back on since a past year is no deadline, even when it is the
    year the text is read in; a plan word before it makes it one."""
    assert raws(text, 2022) == kept
