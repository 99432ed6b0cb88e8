"""The plan year of a news item and the deadlines it gives (guidelines v2, "Deadlines"): where the year that
"今年", "年内" and "全年" mean comes from when the dataset line's timestamp has one, and when it has none.

The lines below are written for these tests, in the shapes of the benchmark's news items: a timestamp in
one of the forms its sources wrote, "，正文：", and a body that may open with a dateline ("8月2日讯")."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.clean import clean_text, leading_date
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import PreparedArticle, prepare_article


def prepared(tmp_path: Path, line: str) -> PreparedArticle:
    path = tmp_path / "item.txt"
    path.write_text(line, encoding="utf-8")
    return prepare_article(load_path(str(path)).documents[0])


def deadlines(tmp_path: Path, line: str) -> dict[str, str | None]:
    """Each target's raw quantity and the deadline the offline backend gives it."""
    return {target.raw: target.deadline for target in extract_article(prepared(tmp_path, line)).targets}


# ------------------------------------------ the timestamp of a dataset line, in every form its sources wrote


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("[ 2023-07-28 16：40 ] ，正文：今年，全市将新建5G基站1200个。", "2023-07-28"),
        ("2023-07-20  19:08，正文：今年，全市将新建5G基站1200个。", "2023-07-20"),
        ("2023-08-09 07:48  来源：     东江日报     ，正文：今年，全市将新建5G基站1200个。", "2023-08-09"),
        ("东江网 > 本地新闻    2023-08-14 09:38:58 ，正文：今年，全市将新建5G基站1200个。", "2023-08-14"),
        ("8-11 10:23，正文：今年，全市将新建5G基站1200个。", "--08-11"),
        ("07-20 22:43，正文：今年，全市将新建5G基站1200个。", "--07-20"),
        ("08/16  13:50，正文：今年，全市将新建5G基站1200个。", "--08-16"),
        ("08/05，正文：今年，全市将新建5G基站1200个。", "--08-05"),
        ("，正文：今年，全市将新建5G基站1200个。", None),
        ("2-30 10:00，正文：今年，全市将新建5G基站1200个。", None),
    ],
)
def test_every_timestamp_form_is_read_and_cut_from_the_text(line: str, date: str | None) -> None:
    """A timestamp with a year dates the item; one with only a month and day gives "--MM-DD" (ISO 8601
    without a year); the whole head up to "，正文：" leaves the text either way."""
    assert leading_date(line) == date
    assert clean_text(line).text == "今年,全市将新建5G基站1200个。"


def test_a_head_without_a_timestamp_is_the_item_s_own_text() -> None:
    line = "城南区召开城市更新推进会 ，正文：今年，全区将改造老旧小区30个。"
    assert clean_text(line).text.startswith("城南区")


def test_the_month_of_a_yearless_timestamp_still_dates_spring_festival(tmp_path: Path) -> None:
    """ "春节前" written in August is next year's: the month of "8-11 10:23" says so even without a year."""
    line = "8-11 10:23，正文：2023年，全市将推进供热保障。春节前，全市储煤达到20万吨。"
    assert deadlines(tmp_path, line) == {"20万吨": "2024"}


def test_the_time_opening_the_body_after_a_yearless_timestamp_governs_its_paragraph(tmp_path: Path) -> None:
    """ "2023年，…。新建…，改造…": the year that opens the body governs the sentences after it, once the
    timestamp before it is cut off."""
    line = "8-11 10:23，正文：2023年，全市将重点推进城市更新。新建5G基站1200个，改造老旧小区36个。"
    assert deadlines(tmp_path, line) == {"1200个": "2023", "36个": "2023"}


def test_a_bracketed_timestamp_gives_its_year_to_jin_nian(tmp_path: Path) -> None:
    line = "[ 2023-07-28 16：40 ] ，正文：今年，全市将新建5G基站1200个。"
    assert prepared(tmp_path, line).plan_year == 2023
    assert deadlines(tmp_path, line) == {"1200个": "2023"}


# --------------------------- an undated item's plan year is the year it speaks from, never one it looks to


@pytest.mark.parametrize(
    "line",
    [
        "，正文：本报合肥7月30日电 今年以来，全省新能源汽车产业快速发展。2023年上半年，全省新能源汽车产量"
        "同比增长80%。到2025年，全省新能源汽车产量力争达到100万辆。",
        "，正文：8月2日讯 2023年1-7月，全区完成固定资产投资60亿元。全区计划2026年建成物流园区。",
        "，正文：2023年前7个月，全市接待游客1200万人次。预计2025年建成旅游集散中心。",
        "8-11 10:23，正文：2023年一季度，全县新增市场主体500户。力争2024年完成老城改造。",
    ],
)
def test_a_part_of_a_year_that_is_over_gives_the_year_the_item_is_written_in(
    tmp_path: Path, line: str
) -> None:
    """ "2023年上半年", "2023年1-7月": the item reports a part of 2023 that is over, so it is written in 2023;
    "到2025年", "计划2026年建成" are deadlines it looks forward to."""
    assert prepared(tmp_path, line).plan_year == 2023


@pytest.mark.parametrize(
    "line",
    [
        "，正文：中新社东江8月10日电 东江市计划2027年建成区域物流枢纽，到2025年物流业营业额突破200亿元。",
        "8-11 10:23，正文：该项目预计2025年建成投产，力争2026年达产。",
    ],
)
def test_an_item_that_only_looks_forward_has_no_plan_year(tmp_path: Path, line: str) -> None:
    assert prepared(tmp_path, line).plan_year is None


def test_with_no_plan_year_the_year_end_of_an_undated_item_has_no_deadline(tmp_path: Path) -> None:
    """ "年底前" means the plan year; an item that names only years it looks forward to has none, so the
    target gets no deadline rather than the year of another plan (guidelines v2: do not guess)."""
    line = "，正文：东江市计划2027年建成区域物流枢纽。年底前完成冷链仓储项目投资5亿元。"
    assert deadlines(tmp_path, line) == {"5亿元": None}


def test_a_dated_item_plans_for_its_own_year_not_for_a_completion_year(tmp_path: Path) -> None:
    """A single "预计2025年建成投产" does not outweigh the timestamp of a 2023 item: its "今年" is 2023."""
    line = "2023-08-08 14:25:13，正文：该项目预计2025年建成投产。今年，全区将新开工项目50个。"
    assert prepared(tmp_path, line).plan_year == 2023
    assert deadlines(tmp_path, line)["50个"] == "2023"


@pytest.mark.parametrize(
    ("line", "results"),
    [
        ("，正文：2022年，全市完成固定资产投资300亿元。今年，全市计划完成固定资产投资330亿元。", ["300亿元"]),
        ("，正文：原标题：全县今年计划新建高标准农田5万亩 2022年全县建成高标准农田4万亩。", ["4万亩"]),
        ("，正文：2022年全区新增城镇就业1.1万人。今年全区将新增城镇就业1.2万人。", ["1.1万人"]),
    ],
)
def test_a_whole_year_reported_as_done_is_before_the_plan_year(
    tmp_path: Path, line: str, results: list[str]
) -> None:
    """ "2022年，全市完成…": a whole year the item reports as done is over, so its "今年" is the year after;
    the result of 2022 is then no target, and the plan of "今年" is 2023's."""
    assert prepared(tmp_path, line).plan_year == 2023
    found = deadlines(tmp_path, line)
    assert not set(results) & set(found)
    assert set(found.values()) == {"2023"}


def test_a_year_heading_its_goals_stays_the_plan_year(tmp_path: Path) -> None:
    """ "2025年，…增长6%左右": a year whose clause states goals (左右, 以上, 将) is the plan year itself."""
    line = "，正文：2025年，全区地区生产总值增长6%左右，新增城镇就业1万人以上。"
    assert prepared(tmp_path, line).plan_year == 2025


# ------------------------- the share of the year's plan done so far is progress, whatever the plan is named

STAMP = "2023-08-08 14:25:13，正文："


@pytest.mark.parametrize(
    "body",
    [
        "截至目前，全省近500个重点项目加快建设，前七个月已完成年度计划投资的70%。",
        "全市重点项目前7个月已完成年度计划投资的68%。",
        "截至7月底，全县重点项目已完成全年计划资金的61.5%。",
        "全区重点项目完成年度目标任务的65%。",
    ],
)
def test_the_share_of_the_annual_plan_done_so_far_is_no_target(tmp_path: Path, body: str) -> None:
    """ "已完成年度计划投资的70%": 计划 names the year's plan (the plan year's), not a plan of the sentence;
    the share done by now is progress (guidelines §3: the present is no target)."""
    assert deadlines(tmp_path, STAMP + body) == {}


@pytest.mark.parametrize(
    ("body", "raw"),
    [
        ("下半年，全区将加快项目建设，确保完成年度计划投资的110%以上。", "110%以上"),
        ("力争年底前完成年度投资计划的100%。", "100%"),
    ],
)
def test_a_share_of_the_plan_still_to_reach_stays_a_target_of_the_plan_year(
    tmp_path: Path, body: str, raw: str
) -> None:
    assert deadlines(tmp_path, STAMP + body) == {raw: "2023"}


def test_an_as_of_date_the_sentence_looks_ahead_from_is_a_deadline(tmp_path: Path) -> None:
    """ "截至2025年底，…将达到…": an as-of date ahead of the text is the target's deadline, not the year the
    text is written in; a 2023 item still plans for 2023."""
    line = STAMP + "截至2025年底，全市5G基站总数将达到3万个。今年，全市将新建5G基站6000个。"
    assert prepared(tmp_path, line).plan_year == 2023
    assert deadlines(tmp_path, line) == {"3万个": "2025", "6000个": "2023"}


def test_an_as_of_date_of_results_still_dates_an_undated_item(tmp_path: Path) -> None:
    line = "，正文：截至2023年6月底，全市累计建成5G基站8000个。下半年，全市将新建5G基站2000个。"
    assert prepared(tmp_path, line).plan_year == 2023
    assert deadlines(tmp_path, line) == {"2000个": "2023"}


# ----------------------- a date the work is due by says the figure is planned, in a reported meeting too


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("会上，市长要求，国庆前完成全部30个老旧小区改造任务。", {"30个": "2023"}),
        ("会上，区长要求，10月底前建成口袋公园12个。", {"12个": "2023"}),
        ("会议现场，副县长强调，春节前全县储煤达到20万吨。", {"20万吨": "2024"}),
    ],
)
def test_a_due_date_in_a_meeting_s_frame_makes_a_target_with_its_deadline(
    tmp_path: Path, body: str, expected: dict[str, str]
) -> None:
    """ "会上，…要求，国庆前完成…": the meeting is the frame, the due date the governing time (国庆前 → the
    plan year; 春节前 written in August → the next year)."""
    assert deadlines(tmp_path, STAMP + body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "会上通报，该区已于6月底前完成老旧小区改造20个。",
        "活动现场，共签约项目15个，总投资80亿元。",
    ],
)
def test_a_date_of_work_already_done_and_an_event_s_counts_stay_out(tmp_path: Path, body: str) -> None:
    assert deadlines(tmp_path, STAMP + body) == {}
