"""Review and achievement news (guidelines §3: the past and the present are not targets): a report of what
was done on dated days, a work told as completed and the profile it has, beside the one forward figure
such items carry (a mid-year review's 全年 goal, the work that remains, a project still to be finished).

Every text below is written for these tests after the shapes of local news items: a rescue brigade's
report of a flood mission, a treatment plant's extension put into use, a bridge opened to traffic, a
hospital's new wing in use, a district's mid-year report on old-housing renewal, a county's half-year
economic review with its 全年 goal, and plans that name a day only as a deadline.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws

STAMP = "2023-08-10 09:00，正文："


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # no byline, but the item tells what happened on dated days: its unmarked figures are facts
        (
            "8月3日至8月6日，青禾市消防救援支队共出动指战员280名，奔赴白沙县抗洪一线，历时4个昼夜完成救援任务。"
            "接到命令后，支队迅速召开作战会议，出动车辆30台、舟艇18艘，携带救援装备2100件（套）。",
            [],
        ),
        (
            "8月5日，青禾县红星镇组织干部群众开展河道清淤，共出动人员160人次、机械12台，清理淤泥3000立方米。",
            [],
        ),
        # the same report, told with the date stamp of a news item
        (
            STAMP + "8月2日，白沙区应急管理局派出检查组8个，检查危化品企业46家，发现隐患73处。",
            [],
        ),
    ],
)
def test_a_report_of_dated_days_reads_as_news(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a day named as a deadline or a start is a plan's time, not the day of an event
        ("9月30日前完成老旧小区改造12个，新建口袋公园5个。", ["12个", "5个"]),
        ("自10月1日起，全县新增公共充电桩300个。", ["300个"]),
        # a dated meeting that lays out a plan: the plan's figures stay targets
        (
            "8月10日，青禾县召开项目建设推进会。会议提出，今年全县将实施重点项目60个，完成投资90亿元。",
            ["60个", "90亿元"],
        ),
        (
            "8月10日，白沙区召开下半年工作部署会。新建高标准农田2万亩，改造提升农村公路80公里。",
            ["2万亩", "80公里"],
        ),
    ],
)
def test_a_plan_that_names_a_day_keeps_its_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 立即将 / 随即将: the 将 of an object after an adverb of prompt action, not 即将 ("about to")
        (
            "接到报警后，支队立即将队伍划分为三个救援方向，负责沿河5个村受困群众转运任务。",
            [],
        ),
        ("事故发生后，民警随即将伤者送医，现场疏导车辆40余辆。", []),
        ("险情发生后，镇村干部迅速将群众转移至安置点，共转移群众260人。", []),
    ],
)
def test_prompt_action_with_jiang_is_no_future(text: str, kept: list[str]) -> None:
    assert raws(STAMP + text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 即将 and 将 that look ahead stay future
        ("青禾县污水处理厂二期即将开工，设计日处理能力3万吨，总投资2.4亿元。", ["3万吨", "2.4亿元"]),
        ("下一步，白沙区将立即启动老旧小区改造，年内完成改造小区15个。", ["15个"]),
    ],
)
def test_a_future_jiang_stays_a_mark_of_the_future(text: str, kept: list[str]) -> None:
    assert raws(STAMP + text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a completion that closes its clause, in a sentence that told of late: the figures after it are
        # what the finished work added
        ("日前，青禾县第二污水处理厂扩建工程竣工投用，新增日处理能力4万吨，全县污水处理率提升至95%。", []),
        ("8月9日，白沙区人民医院新院区投入使用，新增床位600张，建筑面积9万平方米。", []),
        ("青禾县城南客运枢纽近日建成投用，总投资2.8亿元，可满足日均旅客发送量1.2万人次。", []),
        # the profile of a bridge the item has just told as opened, even beside what it will bring
        (
            "近日，青禾县沙河大桥顺利通车。大桥全长1.6公里，双向六车道，总投资5.2亿元，建成后将缩短两岸通行时间25分钟。",
            [],
        ),
    ],
)
def test_the_profile_of_a_finished_work_is_a_fact(text: str, kept: list[str]) -> None:
    assert raws(STAMP + text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the works are still to be finished: their scale is a target
        (
            "近日，青禾县沙河大桥主体工程完工，大桥全长1.6公里，总投资5.2亿元，预计10月底建成通车。",
            ["1.6公里", "5.2亿元"],
        ),
        # a plan's duty says the same completion words: no event
        ("推动白沙区20万千瓦风光储一体化项目2024年建成投产，新建储能电站2座。", ["20万千瓦", "2座"]),
        ("确保年底前城东水厂竣工投用，新增日供水能力5万吨。", ["5万吨"]),
        # another work of the same paragraph, still to be built or planned: its scale stays a target
        (
            STAMP + "去年，青禾县一期项目正式投产。今年，二期项目开工建设，总投资20亿元，"
            "建成后可年产材料10万吨。",
            ["20亿元", "10万吨"],
        ),
        (
            STAMP + "记者从青禾县获悉，该县一期项目已于去年顺利投产。二期项目总投资20亿元，计划今年底开工。",
            ["20亿元"],
        ),
    ],
)
def test_a_completion_still_ahead_keeps_the_scale(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # in a report of the year so far, the count that a plan word follows is the work still to do
        (
            "今年以来，白沙区共完成老旧小区改造36个，惠及居民9200户，改造任务完成率达75%。"
            "剩余12个小区将于11月底前全部完工。",
            ["12个"],
        ),
        (
            "上半年，青禾县新开工项目22个，完成投资48亿元。其余9个项目计划年内开工。",
            ["9个"],
        ),
        # a measure of a thing before a plan word is no count of works
        ("日前，白沙区企业出口的一批价值15万元货物将在东盟享受关税优惠。", []),
    ],
)
def test_a_count_that_a_plan_word_follows_is_planned(text: str, kept: list[str]) -> None:
    assert raws(STAMP + text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a half-year review keeps only its forward figure
        (
            "上半年，青禾县地区生产总值完成126.5亿元，同比增长6.8%，增速居全市第2位。"
            "下半年，全县将紧盯全年目标任务，力争全年地区生产总值增长7%以上。",
            ["7%以上"],
        ),
        (
            "今年上半年，白沙区实现规上工业总产值86亿元，同比增长12%。预计全年规上工业总产值将突破180亿元。",
            ["180亿元"],
        ),
        (
            "上半年，全区完成一般公共预算收入18.6亿元，同比增长11.2%，完成全年目标的53%。"
            "下半年，全区要确保完成全年一般公共预算收入35亿元的目标。",
            ["35亿元"],
        ),
        # an anniversary look-back and a ranking: no targets
        (
            "党的十八大以来，青禾县累计建成高标准农田45万亩，粮食产量稳定在6亿斤以上，农村居民人均可支配收入突破2万元。",
            [],
        ),
        (
            "在近日公布的全省县域经济评价中，青禾县位列第8名，较上年提升5位；全县已有省级专精特新企业36家。",
            [],
        ),
    ],
)
def test_a_review_keeps_only_its_forward_figures(text: str, kept: list[str]) -> None:
    assert raws(STAMP + text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept", "plan_year"),
    [
        # 预计, the plan year's word, a verb of work: the work still to do this year, even in an event's frame
        (
            STAMP + "青禾县三季度重点项目集中开工，此次开工项目18个，总投资62亿元，预计年内完成投资20亿元。",
            ["20亿元"],
            2023,
        ),
        (STAMP + "上半年，全县新开工项目26个。预计全年新开工项目40个以上。", ["40个以上"], 2023),
        # in the review of a year already past, 预计全年 estimates that year's result
        ("2024年，全县经济运行稳中向好。预计全年地区生产总值增长5.2%，财政收入完成12亿元。", [], 2025),
        ("一、2024年工作回顾\n\n过去一年，全县经济运行稳中向好，预计全年地区生产总值增长5.2%。", [], 2025),
    ],
)
def test_a_forecast_of_the_plan_year_is_forward(text: str, kept: list[str], plan_year: int) -> None:
    assert raws(text, plan_year) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 已 before a verb of planning with 了: the work is done, not a list of works to come
        ("今年以来，全区已梳理了各类风险隐患1200余处，整改完成1150处。", []),
        ("截至目前，该县已安排了财政衔接资金2.6亿元，支持产业项目48个。", []),
        # without 已 the planning verb's 了 still plans what it lists
        ("白沙区将持续加强统筹，明确了六个方面28项具体攻坚任务。", ["28项"]),
    ],
)
def test_a_planning_done_already_is_no_plan(text: str, kept: list[str]) -> None:
    assert raws(STAMP + text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the year's duty, told before its progress: the duty is the target, the progress a result
        ("据悉，白沙区今年需完成造林任务1.5万亩，目前已完成1.1万亩，完成率73%。", ["1.5万亩"]),
        ("青禾县今年必须完成农村危房改造320户，目前已完成260户。", ["320户"]),
        # what a need costs is no duty
        ("今年项目所需资金3亿元已全部到位，目前已完成投资1.8亿元。", []),
    ],
)
def test_the_years_duty_before_its_progress_is_a_target(text: str, kept: list[str]) -> None:
    assert raws(STAMP + text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a gain told as attained after the year's figures: a harvest or a year's result, not a plan
        (
            "白沙区农业农村局介绍，今年全区小麦播种面积28.6万亩，总产12.8万吨，单产447公斤，"
            "实现面积、单产、总产“三增”。",
            [],
        ),
        ("今年全县早稻种植面积12万亩，总产量5.6万吨，实现增产丰收。", []),
        # a gain aimed at is a plan's
        ("今年全县力争实现粮食增产，粮食播种面积稳定在120万亩。", ["120万亩"]),
        ("今年全县粮食播种面积稳定在120万亩，确保实现粮食增产。", ["120万亩"]),
    ],
)
def test_a_gain_told_after_the_years_figures_makes_them_results(text: str, kept: list[str]) -> None:
    assert raws(STAMP + text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a scraped news item keeps its "…，正文：" prefix only in the raw text: it still reads as news
        ("，正文：青禾县滨河公园总面积3.5万平方米，设有健身步道2公里、停车位200个。", []),
        # a plan's duties in such an item stay targets
        ("，正文：今年全县新建口袋公园15个，改造提升老旧小区30个。", ["15个", "30个"]),
    ],
)
def test_a_scraped_items_prefix_marks_it_as_news(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
