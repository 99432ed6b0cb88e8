"""Figures that report what was done or what is, in news items of local governments, are not targets
(guidelines §3: the past and the present are not targets), while the plans and projects beside them keep
theirs.

The sentences are written for these tests after the shapes of town and county news: a town's look-back on
its ecological work, a project that broke ground, a feature about a county.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws

TOWN_LOOK_BACK = (
    "近年来，青石镇因地制宜推进生态建设。一是农业生产上注重防治结合。青石镇投入3200万元对4100亩养殖塘口"
    "建设养殖尾水处理工程，确保尾水达标排放。二是生态保护上坚持统筹兼顾。"
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # money spent on a project in a look-back: a result, and so is what it was spent on
        (TOWN_LOOK_BACK, []),
        ("近年来，全镇投入860万元建设河道生态修复工程，水质明显改善。", []),
        # the size of a project still being built stays a target in a look-back
        ("近年来，全镇生态面貌明显改善。总投资1.2亿元的河道生态修复工程正加快建设。", ["1.2亿元"]),
        # money to spend on a project in a plan stays a target
        ("下一步，全镇将投入860万元建设河道生态修复工程。", ["860万元"]),
        ("明年计划投入3200万元对4100亩养殖塘口建设养殖尾水处理工程。", ["3200万元", "4100亩"]),
    ],
)
def test_money_spent_on_a_project_takes_the_tense_of_its_sentence(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "N年前" counts years back: what it frames is the past
        (
            "相较20余年前建成的不足1万平方米的训练馆，新馆规模大幅提升。新馆总建筑面积将达3.2万平方米。",
            ["3.2万平方米"],
        ),
        ("三年前，这里还是一片500亩的荒滩。", []),
        # 年前 alone is before the new year: a plan's time
        ("力争年前完成改造7万亩。", ["7万亩"]),
    ],
)
def test_years_ago_look_back(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


PROGRESS_REPORT = (
    "县重点项目建设稳步推进。农村饮水安全项目完成投资2.3亿元，解决农村饮水不安全人数4.7万人，"
    "完成年度目标任务78%。"
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a sentence that says how much of the year's plan is done reports progress: its figures are results
        (PROGRESS_REPORT, []),
        ("全市实际利用外资99亿美元，完成全年目标的60%。", []),
        # a share still to reach is a plan's
        ("力争完成年度目标任务的80%，全年完成投资50亿元。", ["80%", "50亿元"]),
        ("全年完成治理任务200万亩以上，完成总任务60%以上。", ["200万亩以上", "60%以上"]),
    ],
)
def test_a_sentence_reporting_progress_on_the_year_s_plan_reports_results(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a distance to another place is where a place lies
        ("青山县距市区74公里，境内风光秀丽。", []),
        ("青山县位于市区东部，距离市区约90公里。", []),
        # a figure in a description after 是 says what a place is
        ("青山县是森林覆盖率超70%的生态绿肺。", []),
        ("全县光伏装机占比达45%，风电装机占比20%，是全省清洁能源占比最高的县。", []),
        # a figure its sentence plans, or a project being built, stays a target
        ("力争光伏装机占比达到50%，是全省最高。", ["50%"]),
        ("青山水库总库容1.2亿立方米，是全省最大的水库，计划明年建成。", ["1.2亿立方米"]),
        ("力争森林覆盖率达到72%，成为全省生态第一县。", ["72%"]),
    ],
)
def test_a_figure_that_describes_what_a_place_is_is_no_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an equivalent restates another figure
        ("新建光伏电站年发电量1.2亿千瓦时，相当于每年节约标准煤3.6万吨。", ["1.2亿千瓦时"]),
        # what a place has, listed
        ("青山县境内有青龙峡、白云洞等30余个景区景点。", []),
        ("下一步，全县将新建青龙峡、白云洞等5个景区。", ["5个"]),
        # a growth up to now ends on the present
        ("这一产业从最初十多家市场主体增加至今年的二百余家。", []),
        # a service that went live is running
        ("首批21个村级服务站正式上线运行。", []),
        ("首批21个村级服务站将于年底正式上线运行。", ["21个"]),
    ],
)
def test_equivalents_listed_stocks_growth_to_now_and_services_gone_live(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the units of a plant and the capacity of each specify it; its total is the target
        ("抽水蓄能电站将安装4台单机容量30万千瓦机组，总装机120万千瓦。", ["120万千瓦"]),
        ("风电场单台功率为6250千瓦，总装机规模50万千瓦。", ["50万千瓦"]),
    ],
)
def test_units_and_the_capacity_of_each_are_a_specification(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "1月份至6月份", "1月至7月" count the months to date, as "1-6月" does
        ("今年1月份至6月份，新上市专精特新中小企业102家，占新上市企业的59%。", []),
        ("1月至7月，全县完成固定资产投资32亿元。", []),
        ("力争1至6月完成投资30亿元。", ["30亿元"]),
    ],
)
def test_months_to_date_written_with_their_month_words_report_results(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
