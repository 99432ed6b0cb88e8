"""Classes of errors on texts labelled by hand in the sixth round on unseen items (issue 14): work-report
openings and summaries, statistics bulletins, press conferences and messy pages.

- A city's report names its province in its guiding words ("对福建、福州工作的重要讲话") and itself only by
  its short form, while it speaks as the city (全市, 市政府): the city is the region, not the province.
- An enumeration that opens a paragraph's head goes on in the same paragraph ("一是聚焦…；二是聚焦…；三是…"):
  every item is a head, not only the first.
- 计划 in a noun of its own ("计划生育", "计划单列市") sets nothing ahead: a bulletin's "医疗卫生与计划生育…
  支出增速分别为17.0%、…" stays a result.
- The stage of a five-year plan an undated text stands in ("奋力实现“十五五”良好开局", "今年是“十四五”收官
  之年") is its plan year; the stage a year prepares for ("为“十五五”良好开局打下基础") is not.

The sentences are written for these tests after the shapes of the items studied; the items themselves are
kept outside the repository, and none comes from the test split.
"""

from __future__ import annotations

import pytest

from summarizer.extract.pipeline import summarize_text
from summarizer.ingest.plan_year import detect_plan_year
from summarizer.ingest.sections import main_region
from tests.priority_scoring import quotes_of
from tests.test_rules import targets_in

CITY_REPORT = (
    "政府工作报告提出全市主要预期目标\n"
    "18日，提请市十五届人大三次会议审议的政府工作报告，提出了今年全市经济社会发展主要预期目标。"
    "今年市政府工作总体要求是：全面落实习近平总书记对浙江、温州工作的重要指示精神，按照省委和市委全会部署，"
    "推动经济实现质的有效提升和量的合理增长。\n"
    "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右；规上工业增加值增长7%。（温州日报记者）\n"
    "来源：温州新闻网"
)


def test_a_city_report_that_names_its_province_speaks_for_the_city() -> None:
    region = main_region(CITY_REPORT)
    assert region is not None and region.name == "温州市", region
    assert {target.region for target in summarize_text(CITY_REPORT).targets} == {"温州市"}


def test_a_province_that_speaks_as_itself_keeps_its_voice() -> None:
    provincial = CITY_REPORT.replace("全市", "全省").replace("市政府", "省政府")
    region = main_region(provincial)
    assert region is not None and region.name == "浙江省", region
    other_province = CITY_REPORT.replace("温州", "福州")  # 福州 is no city of 浙江
    region = main_region(other_province)
    assert region is not None and region.name != "福州市", region


def test_an_enumeration_that_opens_a_head_goes_on_in_its_paragraph() -> None:
    text = (
        "某区第五届人民代表大会第四次会议开幕。区长作政府工作报告。\n"
        "为实现上述目标，区长指出，一是聚焦产业提质，增强发展动能；二是聚焦城市治理，打造品质城区；"
        "三是聚焦改革开放，优化发展环境；四是聚焦民生幸福，创造美好生活。"
    )
    quotes = " | ".join(quotes_of(text))
    for item in ("一是聚焦产业提质", "二是聚焦城市治理", "三是聚焦改革开放", "四是聚焦民生幸福"):
        assert item in quotes, quotes


def test_a_head_that_is_no_first_item_brings_no_items_along() -> None:
    text = (
        "某区第五届人民代表大会第四次会议开幕。\n"
        "区长指出，二是聚焦城市治理，打造品质城区；三是聚焦改革开放，优化发展环境。"
    )
    assert "三是聚焦改革开放" not in " | ".join(quotes_of(text))


@pytest.mark.parametrize("noun", ["计划生育", "计划单列市", "计划经济"])
def test_plan_in_a_noun_of_its_own_sets_nothing_ahead(noun: str) -> None:
    text = (
        "全年财政一般预算支出68.81亿元，同比增长27.4%。其中：教育、科学技术等支出同比增速分别为23.0%、43.1%；"
        f"医疗卫生与{noun}、节能环保等支出增速分别为17.0%、12.2%。"
    )
    assert targets_in(text, plan_year=2022) == []


def test_plan_as_a_word_of_its_own_still_sets_the_figures_ahead() -> None:
    text = (
        "全年财政一般预算支出68.81亿元，同比增长27.4%。其中：教育、科学技术等支出同比增速分别为23.0%、43.1%；"
        "医疗卫生、节能环保等支出明年计划增长17.0%、12.2%。"
    )
    assert "12.2%" in [target.raw for target in targets_in(text, plan_year=2022)]


@pytest.mark.parametrize(
    ("stage", "year"),
    [
        ("奋力实现“十五五”良好开局", 2026),
        ("今年是“十四五”收官之年", 2025),
        ("今年是十三五开局之年", 2016),
        ("确保“十四五”圆满收官", 2025),
    ],
)
def test_the_stage_of_a_five_year_plan_dates_an_undated_text(stage: str, year: int) -> None:
    text = f"今年市政府工作总体要求是：坚持稳中求进，{stage}。今年地区生产总值增长5.5%左右。"
    assert detect_plan_year(text) == year


def test_the_stage_a_year_prepares_for_dates_nothing() -> None:
    text = "今年要稳住经济大盘，为“十五五”良好开局打下坚实基础。今年地区生产总值增长5.5%左右。"
    assert detect_plan_year(text) != 2026
