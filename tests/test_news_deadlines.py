"""Deadlines and plan years of dated news items (guidelines v2, "Deadlines"): the strict fields of targets
that are found right but dated wrong.

Sentences are written for these tests; they follow the shapes of news items of the benchmark's genre."""

import pytest

from summarizer.extract.rules.deadlines import DeadlineReader
from summarizer.extract.rules.text import TextIndex
from summarizer.ingest.plan_year import detect_plan_year
from summarizer.parse.deadlines import resolve_deadline


def deadline_of(text: str, raw: str, plan_year: int = 2023) -> str | None:
    reader = DeadlineReader(text, TextIndex(text), plan_year)
    position = text.index(raw)
    return reader.deadline_at(position, position, position + len(raw))


# ------------------------------------------------- a dated news item's plan year is never a past year


def test_a_news_item_dated_2023_that_reviews_last_year_still_plans_for_2023() -> None:
    text = (
        "2022年，全县地区生产总值达到120亿元。2022年，全县新增市场主体3000户。"
        "2022年全县粮食产量达到30万吨。2022年，引进项目20个。县长表示，今年全县计划新建项目30个。"
    )
    assert detect_plan_year(text) == 2022
    assert detect_plan_year(text, "2023-08-04") == 2023


def test_a_january_report_on_last_year_plans_for_the_year_it_is_dated_in() -> None:
    text = "2022年，全市实现地区生产总值500亿元。2022年新增高新技术企业40家。2022年完成投资80亿元。"
    assert detect_plan_year(text, "2023-01-10") == 2023


def test_a_later_plan_year_may_still_win_over_the_date() -> None:
    assert detect_plan_year("二、2025年工作安排\n\n全年新增就业1万人。", "2024-12-30") == 2025


# ------------------------------------ a time that dates a past event covers nothing after it


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("项目一期已于2023年3月开工，二期计划投资8亿元，年产能5万吨。", "8亿元"),
        ("项目一期已于2023年3月开工，二期计划投资8亿元，年产能5万吨。", "5万吨"),
        ("该项目已于今年5月开工建设，总投资15亿元，建成后年产值可达30亿元。", "15亿元"),
        ("二期项目总投资为8585.77万元，已于2023年7月开工建设，年生产能力12万立方以上。", "12万立方"),
    ],
)
def test_the_date_a_project_already_started_on_is_not_its_deadline(text: str, raw: str) -> None:
    assert deadline_of(text, raw) is None


def test_a_past_date_gives_way_to_the_completion_time_after_the_target() -> None:
    text = "一期工程已于2022年底建成投产，二期工程总投资12亿元，计划明年建成。"
    assert deadline_of(text, "12亿元") == "2024"


def test_a_plan_date_still_covers_the_clauses_after_it() -> None:
    text = "项目将于今年10月开工，总投资15亿元。"
    assert deadline_of(text, "15亿元") == "2023"


# ----------------------------------------------- relative spans: "通过N年努力", "今后N年"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("力争通过3年努力，", "2026"),
        ("通过两到三年的努力，", "2025-2026"),
        ("今后三年，全县将新建幼儿园", "2026"),
        ("今后5年，", "2028"),
    ],
)
def test_a_count_of_years_of_effort_counts_from_the_plan_year(written: str, expected: str) -> None:
    assert resolve_deadline(written, 2023) == expected


def test_a_count_of_years_as_a_duration_of_work_is_no_deadline() -> None:
    assert resolve_deadline("通过3年来的努力", 2023) is None


# ------------------------------------ a part of a year belongs to the year written before it


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("明年上半年建成投产", "2024"),
        ("明年年底前全部完工", "2024"),
        ("明年6月底前完成", "2024"),
        ("明年春节前交付", "2024"),
        ("2024年上半年完成投资", "2024"),
        ("力争2025年年底前建成", "2025"),
        ("2024年第一季度开工", "2024"),
        ("2024年全年新增", "2024"),
        ("今年下半年开工", "2023"),
        ("今年开工，年底前完成", "2023"),
    ],
)
def test_a_part_of_a_year_written_after_the_year_is_that_year_s(written: str, expected: str) -> None:
    assert resolve_deadline(written, 2023) == expected


def test_a_part_of_a_year_in_a_later_clause_is_the_plan_year_s() -> None:
    assert resolve_deadline("明年建成一期，下半年完成二期", 2023) == "2023"


def test_a_target_after_next_year_s_first_half_is_next_year_s() -> None:
    text = "项目计划明年上半年竣工，届时年产值可达10亿元。"
    assert deadline_of(text, "10亿元") == "2024"


# ------------------------------------------------------ "至少" before the verb of the quantity


@pytest.mark.parametrize(
    ("text", "raw"),
    [("今年至少引进10家企业", "10家"), ("全县至少新增就业岗位3000个", "3000个"), ("最少建成5座冷库", "5座")],
)
def test_at_least_said_before_the_verb_bounds_the_quantity(text: str, raw: str) -> None:
    from summarizer.parse.quantities import find_quantities

    found = {quantity.raw: quantity.comparator for quantity in find_quantities(text)}
    assert found[raw] == "at_least"


def test_at_least_of_another_clause_does_not_bound_the_quantity() -> None:
    from summarizer.parse.quantities import find_quantities

    found = {quantity.raw: quantity.comparator for quantity in find_quantities("至少要坚持，新建10个")}
    assert found["10个"] == "exactly"
