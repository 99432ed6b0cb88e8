"""False targets left in local news items (guidelines §3: the past and the present are not targets): a
look-back lead-in ("今年以来，", "上半年，") that a news item's attribution precedes ("记者近日从某县获悉，",
"据了解，") still frames the paragraph, so the unmarked counts told after it ("全县引进项目23个",
"新增市场主体5600户", "举办…活动8场") are results; the figures the item marks as future stay targets.

Every sentence below is written for these tests after the shapes of local news items.
"""

from __future__ import annotations

import pytest

from tests.test_rules import raws, targets_in


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the attribution of a reporter, then the look-back lead-in: counts without a tense mark are results
        (
            "记者近日从青岭县获悉，今年以来，青岭县加快推进城乡供水一体化工程。"
            "全县引进项目23个，新增市场主体5600户。今年举办招商推介活动8场。",
            [],
        ),
        (
            "据了解，上半年，白河区持续优化营商环境，新增市场主体3200户，新签约项目18个。",
            [],
        ),
        (
            "记者从石门市商务局了解到，今年以来，石门市新引进亿元以上项目41个，举办专场招聘会12场。",
            [],
        ),
        # the same frame, with a figure the item marks as ahead: that one stays
        (
            "记者近日从青岭县获悉，今年以来，青岭县新增市场主体5600户。青岭县还将力争年内新建污水管网30公里。",
            ["30公里"],
        ),
        (
            "据了解，今年以来，白河区新签约项目18个。下一步，白河区计划新建标准化厂房10万平方米。",
            ["10万平方米"],
        ),
    ],
)
def test_a_lookback_lead_behind_a_news_attribution_frames_the_paragraph(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an attribution before a plan's lead-in: the plan's unmarked figures stay targets
        (
            "记者近日从青岭县获悉，下半年，青岭县将实施重点项目40个，完成投资60亿元。",
            ["40个", "60亿元"],
        ),
        (
            "据了解，今年，白河区计划新建高标准农田3万亩，改造农村公路50公里。",
            ["3万亩", "50公里"],
        ),
    ],
)
def test_an_attribution_before_a_plan_keeps_its_targets(text: str, kept: list[str]) -> None:
    assert raws(text, 2023) == kept


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a coverage to reach is named as a coverage rate, a technology's digit ("5G", "4K") not cut into it
        ("青岭县将实现县域光纤网络全覆盖。", "县域光纤网络覆盖率"),
        ("到2025年，行政村5G网络实现全覆盖。", "行政村网络覆盖率"),
        ("力争年内实现4K超高清频道全覆盖。", "超高清频道覆盖率"),
        ("年内实现规上工业企业研发活动全覆盖。", "规上工业企业研发活动覆盖率"),
    ],
)
def test_a_full_coverage_is_named_as_a_coverage_rate(text: str, metric: str) -> None:
    assert [target.metric for target in targets_in(text, 2023)] == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # the region as the subject of a duty is a field of its own, not part of the metric
        ("该县今年计划实施重点项目60个。", "重点项目数量"),
        ("全县今年计划实施重点项目60个。", "重点项目数量"),
        ("该区今年将新增市场主体8000户。", "市场主体数量"),
        ("全市将实现化工产业收入300亿元。", "化工产业收入"),
        # a metric that names the region's total keeps it
        ("全县物流业营业额突破85亿元。", "全县物流业营业额"),
    ],
)
def test_a_region_subject_before_a_plan_word_leaves_the_metric(text: str, metric: str) -> None:
    assert [target.metric for target in targets_in(text, 2023)] == [metric]
