"""Frames of a news item's clause that decide whether its figure is planned (guidelines §3): a goal the
clause aims at ("紧紧围绕…达到30%的预期目标") is still to reach, though its paragraph opens on 今年以来;
"现有" after a preposition ("对现有道路…补栽") qualifies the object of a measure and states no present
stock.

The sentences are written for these tests after the shapes of provincial and town news: a province's
rural drive, a town's list of greening measures.
"""

from __future__ import annotations

import pytest

from summarizer.parse.quantities import find_quantities
from tests.test_rules import raws


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "07/31 06:27，正文：青州市在30个行政村推广人工湿地治污模式……今年以来，我省把农村生活污水治理"
            "作为人居环境整治的重要内容，紧紧围绕2023年农村生活污水治理率达到35%的预期目标，将任务分解到市。"
            "截至目前，200个村环境整治项目全部开工，其中12个村已完工。",
            ["35%"],
        ),
        (
            "今年以来，全市锚定城镇新增就业5万人以上的年度目标，持续开展招聘活动。截至目前，已举办招聘会120场。",
            ["5万人以上"],
        ),
        (
            "上半年，全县瞄准粮食播种面积稳定在120万亩的目标，加快推进高标准农田建设，已建成高标准农田8万亩。",
            ["120万亩"],
        ),
    ],
)
def test_a_goal_the_clause_aims_at_is_still_to_reach(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # measured against the goal: a result
        ("今年以来，全市城镇新增就业5.6万人，高于5万人的预期目标。", []),
        ("上半年，全县粮食产量超过120万吨的年度目标。", []),
    ],
)
def test_a_result_measured_against_a_goal_stays_a_result(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "2023-08-16 10:02，正文：为推进“美丽城镇”建设，青松镇立足全域提升。一方面，制定道路绿化方案，"
            "对干线两侧进行绿化；对现有道路缺株断垄适合绿化的，及时补栽；加强26个村庄绿化。",
            ["26个"],
        ),
        (
            "2023-08-16 10:02，正文：为推进“美丽城镇”建设，青松镇立足全域提升。一方面，对现有公园进行提升，"
            "新增绿地面积3万平方米。",
            ["3万平方米"],
        ),
    ],
)
def test_xianyou_after_a_preposition_qualifies_the_object_of_a_measure(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("记者从柳溪区获悉，该区现有孵化面积2万平方米，入驻企业60家。", []),
        ("青禾县现有焦化产能300万吨。", []),
    ],
)
def test_xianyou_before_a_stock_stays_the_present(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 全覆盖的 + a noun: how a service is given, no level to reach
        ("健全就业指导体系，开展分阶段、全覆盖的职业规划指导，课程总量不少于32学时。", []),
        ("各医院要提供全覆盖的家庭医生签约服务。", []),
        # a coverage to reach stays a target, and so does a goal named as full coverage
        ("力争年底前规上工业企业研发活动全覆盖。", ["全覆盖"]),
        ("今年将推动千兆光纤行政村实现全覆盖的目标。", ["全覆盖"]),
    ],
)
def test_full_coverage_describing_a_noun_is_no_target(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the work is told done, then tallied: 梳理了 did the work
        (
            "记者从柳溪区获悉，目前，该区“畅路行动”试点整治工作已全部完成，理顺了“文明线”。据介绍，本次试点工作，"
            "共梳理了3万多米的通信架空线，迁改拆除18根占道电杆。",
            [],
        ),
        (
            "记者从柳溪区获悉，管线整治已顺利完成。全区累计梳理了各类线缆2万米。",
            [],
        ),
    ],
)
def test_a_tally_after_the_work_is_done_is_a_result(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a verb of planning with no done work before it still plans
        ("整片产业园一共规划了16栋楼，建成后将成为区域算力中心。", ["16栋"]),
        ("今年，全县共安排了重点项目30个，总投资120亿元。", ["30个", "120亿元"]),
    ],
)
def test_a_plan_tallied_with_no_work_done_before_still_plans(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # whom and where a work reaches, counted
        (
            "据了解，此次垃圾分类设施项目将投入资金3000万元，覆盖柳溪辖区八条街道15余万户居民。",
            ["3000万元"],
        ),
        ("今年新建的智慧垃圾屋将覆盖全区6个社区1.8万户居民。", []),
        # the households a renovation benefits stay its planned scope
        ("该区今年将改造老旧小区40个，惠及18000户居民。", ["40个", "18000户"]),
        # a coverage rate, and the work done everywhere, stay targets
        ("到2025年底，累计创建未来社区约300个、覆盖30%左右的城镇社区。", ["300个", "30%左右"]),
        ("今年将全覆盖打造25个社区生活圈。", ["25个"]),
    ],
)
def test_the_reach_of_a_work_is_no_amount_of_work(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("本年度敬老金金额为8000澳门元", 8000, "澳门元"),
        ("特区政府今年将投入50亿港元建设公营房屋", 5e9, "港元"),
        ("项目计划引进外资2.3亿欧元", 2.3e8, "欧元"),
        ("每人每月补贴港币1200", None, None),
    ],
)
def test_the_currencies_of_hong_kong_macao_and_europe_are_units(
    text: str, value: float | None, unit: str | None
) -> None:
    found = [
        (quantity.value, quantity.unit) for quantity in find_quantities(text) if quantity.unit.endswith("元")
    ]
    assert found == ([] if value is None else [(value, unit)])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the funds were obtained; what they pay for is listed, then planned with a figure
        (
            "8月11日，记者从柳溪市发展改革委获悉，日前柳溪市争取到位保障性安居工程中央预算内投资6.2亿元。"
            "本次涉及改造老旧小区88个，改造户数近一万户，将形成保障性租赁住房12000套。",
            ["88个", "一万户", "12000套"],
        ),
        # an amount for the year, paid out on a date ahead
        (
            "社会保障部门发布通知，年满60岁的长者可申请敬老津贴，本年度金额为8000澳门元，将于11月发放。",
            ["8000澳门元"],
        ),
    ],
)
def test_a_sentence_that_goes_on_with_a_plan_lists_work_to_do(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the effect of a result is no plan of it
        ("今年以来，全区新建5G基站300个。新建道路12公里，将有效改善群众出行条件。", []),
        # a marked result stays one, whatever the sentence plans after it
        ("上半年已完成投资50亿元，将于年底前完成全年投资90亿元。", ["90亿元"]),
    ],
)
def test_a_result_followed_by_its_effect_stays_a_result(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept
