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
