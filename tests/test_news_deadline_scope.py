"""The scope of a news item's time expressions (guidelines v2, "Deadlines"): which time governs which target,
and whether a figure under a deadline ahead is a target at all.

The lines below are written for these tests, in the shapes of the benchmark's news items: a timestamp (with or
without its year), "，正文：", and a body that reports a plan, an opinion or a schedule."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.extract.rules.backend import extract_article
from summarizer.ingest.load import load_path
from summarizer.ingest.prepare import prepare_article


def targets_of(tmp_path: Path, line: str) -> dict[str, tuple[str, str | None]]:
    """Each target's raw quantity → its comparator and deadline, as the offline backend gives them."""
    path = tmp_path / "item.txt"
    path.write_text(line, encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    return {target.raw: (target.comparator, target.deadline) for target in extract_article(article).targets}


# ------------------- a deadline written with 到 governs its sentence, even in an item that names no plan year


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "07/22  10:30，正文：记者从市住建局获悉，《关于推进老旧小区改造的实施意见》近日印发。"
            "《意见》明确了改造进度表：到2024年底，累计改造老旧小区1200个以上、惠及居民不少于5万户；"
            "到2026年底，累计改造老旧小区约2000个。",
            {
                "1200个以上": ("at_least", "2024"),
                "不少于5万户": ("at_least", "2024"),
                "约2000个": ("about", "2026"),
            },
        ),
        (
            "08/02  09:10，正文：省人社厅日前印发稳就业实施意见。意见明确，到2025年，全省城镇新增就业"
            "每年保持在60万人左右，零就业家庭帮扶就业率超过95%，新增返乡创业人员3万人以上。",
            {
                "60万人左右": ("about", "2025"),
                "超过95%": ("at_least", "2025"),
                "3万人以上": ("at_least", "2025"),
            },
        ),
        (
            "8-15 11:20，正文：县政府近日出台行动方案，力争到2027年底，全县累计建成高标准农田30万亩，"
            "农田灌溉水有效利用率达到60%。",
            {"30万亩": ("exactly", "2027"), "60%": ("exactly", "2027")},
        ),
    ],
)
def test_a_deadline_with_dao_heads_the_goals_of_its_sentence(
    tmp_path: Path, line: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """ "到2025年，…60万人左右，…超过95%，…3万人以上": the deadline that opens the sentence sets every goal of
    it ahead and dates it, though the timestamp has no year to compare the year with; a running total after
    it ("到2024年底，累计改造…") is the total to reach by then, not one reached."""
    found = targets_of(tmp_path, line)
    for raw, value in expected.items():
        assert any(raw.endswith(key) or key.endswith(raw) for key in found), (raw, found)
        key = next(key for key in found if raw.endswith(key) or key.endswith(raw))
        assert found[key] == value, (raw, found[key])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2023-08-10 10:29，正文：到“十四五”末，全市累计建成口袋公园200个。", {"200个": ("exactly", "2025")}),
        ("08/10  10:29，正文：到2026年底，全县将累计建成乡村驿站80座。", {"80座": ("exactly", "2026")}),
    ],
)
def test_a_running_total_after_a_deadline_ahead_is_a_target(
    tmp_path: Path, line: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """ "到“十四五”末，…累计建成…", "到2026年底，全县将累计建成…": plan marks between the deadline and the
    running total keep it the total to reach."""
    assert targets_of(tmp_path, line) == expected


# ------------------------------------------------------------- what stays a result


@pytest.mark.parametrize(
    "line",
    [
        "08/02  09:10，正文：截至2023年6月底，全市累计建成5G基站1.2万个。",
        "08/02  09:10，正文：今年以来，全市累计完成造林3.5万亩，完成年度任务的八成。",
        "2023-08-02 09:10，正文：到2022年底，全市累计建成5G基站1.2万个。",
    ],
)
def test_a_running_total_up_to_now_or_to_a_past_year_is_no_target(tmp_path: Path, line: str) -> None:
    """ "截至…底" is a cut-off; "今年以来…累计" and "到2022年底" (a year before the item's) report what is
    done."""
    assert targets_of(tmp_path, line) == {}


def test_a_past_year_s_total_gives_way_to_the_plan_of_the_item_s_year(tmp_path: Path) -> None:
    line = "2023-08-02 09:10，正文：到2022年底，全市累计建成5G基站1.2万个。今年，全市将新建5G基站2000个。"
    assert targets_of(tmp_path, line) == {"2000个": ("exactly", "2023")}


# ------------------------------------------ the outlet that files the item is not the region it speaks for


@pytest.mark.parametrize(
    ("line", "region"),
    [
        (
            "07/26  10:48，正文：江苏在线7月26日讯（记者 王明）7月25日，南京出台行动方案。到2025年底，南京将"
            "累计建成口袋公园300个以上。南京将同步推进绿道建设。",
            "南京市",
        ),
        (
            "2023-08-16 23:02，正文：湖南日报客户端讯（通讯员 李华）今年，株洲市将新建充电桩2000个。"
            "株洲市还将改造老旧小区60个。",
            "株洲市",
        ),
    ],
)
def test_a_province_named_in_the_outlet_s_dateline_is_not_the_item_s_region(
    tmp_path: Path, line: str, region: str
) -> None:
    """ "浙江在线7月26日讯", "湖北日报客户端讯": the outlet's name; the item speaks for the city it reports
    on."""
    path = tmp_path / "item.txt"
    path.write_text(line, encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    assert {target.region for target in extract_article(article).targets} == {region}


# ------------------- a year that dates an event already over governs nothing; a later completion time does


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2023-08-11 05:30，正文：据了解，该项目于2022年开工，总投资20亿元，预计明年6月竣工。",
            {"20亿元": ("exactly", "2024")},
        ),
        (
            "2023-08-11 05:30，正文：该项目于今年3月开工建设，总投资6亿元，预计明年6月建成投用。",
            {"6亿元": ("exactly", "2024")},
        ),
        (
            "2023-08-11 05:30，正文：项目于2022年启动建设，计划总投资12亿元，建成后年产值达20亿元。",
            {"12亿元": ("exactly", None), "20亿元": ("exactly", None)},
        ),
        (
            "2023-08-11 05:30，正文：今年，全区将新建污水管网30公里，计划2025年全部完成。",
            {"30公里": ("exactly", "2025")},
        ),
    ],
)
def test_a_past_start_date_is_no_deadline_and_a_later_completion_time_overrides(
    tmp_path: Path, line: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """ "于2022年开工，总投资20亿元": the year of a start that is over is no deadline of the investment;
    "预计明年6月竣工" (a later time word, its month included) dates it, and overrides an earlier 今年
    (guidelines v2: a later time word overrides an earlier one). With no later time, there is no deadline."""
    assert targets_of(tmp_path, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2023-08-11 05:30，正文：2022年，全市完成造林5万亩，今年计划完成造林6万亩。",
            {"6万亩": ("exactly", "2023")},
        ),
        (
            "2023-08-11 05:30，正文：该项目2021年签约落地，总投资35亿元，计划2024年底全面投产。",
            {"35亿元": ("exactly", "2024")},
        ),
        (
            "2023-08-11 05:30，正文：今年全市计划实施重点项目120个，其中年内完成投资300亿元左右。",
            {"120个": ("exactly", "2023"), "300亿元左右": ("about", "2023")},
        ),
    ],
)
def test_times_of_the_plan_year_and_after_still_govern(
    tmp_path: Path, line: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    assert targets_of(tmp_path, line) == expected


# ------------------------------ a month of the plan year already past dates an event, not the work after it


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2023-08-11 05:30，正文：今年7月，该市启动了城市更新行动。全市将改造城中村15个，"
            "新建安置房3000套。",
            {"15个": ("exactly", None), "3000套": ("exactly", None)},
        ),
        (
            "2023-08-11 05:30，正文：今年7月，该市启动了城市更新行动，全市将改造城中村15个。",
            {"15个": ("exactly", None)},
        ),
        (
            "2023-08-11 05:30，正文：今年10月，全市将举办第五届农民丰收节，预计吸引游客10万人次。",
            {"10万人次": ("exactly", "2023")},
        ),
        (
            "2023-08-11 05:30，正文：今年7月底前，全市已完成改造城中村5个。今年，全市将改造城中村15个。",
            {"15个": ("exactly", "2023")},
        ),
    ],
)
def test_a_past_month_of_the_plan_year_opens_no_deadline(
    tmp_path: Path, line: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """ "今年7月，该市启动了…" in an item of August: the month dates what was launched; the plans told after
    it have no time of their own (guidelines v2: null when nothing fixes the time). A month still ahead
    ("今年10月，…将举办…") is the plan year's."""
    assert targets_of(tmp_path, line) == expected


# ------------------------------------------------ this month's or this quarter's end is the plan year's


@pytest.mark.parametrize(
    ("line", "raw"),
    [
        ("2023-08-11 05:30，正文：本月底前，全区将完成200户危房改造。", "200户"),
        ("2023-08-11 05:30，正文：全区确保月底前完成200户危房改造。", "200户"),
        ("2023-08-11 05:30，正文：本季度，全区将新开工项目12个。", "12个"),
    ],
)
def test_this_month_s_end_is_a_time_of_the_plan_year(tmp_path: Path, line: str, raw: str) -> None:
    """ "本月底前", "月底前", "本季度": before, no deadline was read from them."""
    assert targets_of(tmp_path, line) == {raw: ("exactly", "2023")}


# ------------------------------ of several completion clauses in a row, the last dates the whole work


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2023-08-11 05:30，正文：该项目总投资10亿元，分两期建设，一期计划今年底完工，"
            "二期计划2025年建成。",
            {"10亿元": ("exactly", "2025")},
        ),
        (
            "2023-08-11 05:30，正文：新建道路10公里，年底完工，改造桥梁3座，明年完工。",
            {"10公里": ("exactly", "2023"), "3座": ("exactly", "2024")},
        ),
    ],
)
def test_the_last_phase_s_completion_dates_the_whole_work(
    tmp_path: Path, line: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """ "一期计划今年底完工，二期计划2025年建成": the work is done with its last phase (before, 2023); a
    completion clause after another quantity ("改造桥梁3座，明年完工") dates that quantity only."""
    assert targets_of(tmp_path, line) == expected


# --------------------- the date of a recalled visit or instruction does not make the item's plan year


def test_the_date_of_a_recalled_leader_s_visit_is_no_plan_year(tmp_path: Path) -> None:
    """ "2020年1月，总书记在该省考察时指出…" recalls history: an item whose timestamp has no year and that
    names no other year has no plan year, so its 今年 fixes no year (before, 2020)."""
    line = "08/04  08:50，正文：2020年1月，总书记在该省考察时指出要加强治理。今年，该区将新建管网30公里。"
    assert targets_of(tmp_path, line) == {"30公里": ("exactly", None)}


def test_a_year_the_item_reports_on_still_gives_its_plan_year(tmp_path: Path) -> None:
    line = (
        "08/04  08:50，正文：2020年1月，总书记在该省考察时指出要加强治理。2023年上半年，全区完成投资"
        "100亿元。今年，该区将新建管网30公里。"
    )
    assert targets_of(tmp_path, line) == {"30公里": ("exactly", "2023")}


# ---------------------------- the period of a campaign or document named in the sentence governs what it says


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2023-08-11 05:30，正文：按照“三年行动计划”（2023—2025年），全市将新建5G基站3000个。",
            {"3000个": ("exactly", "2023-2025")},
        ),
        (
            "2023-08-11 05:30，正文：《某市城市更新三年行动方案（2024—2026年）》提出，"
            "全市将改造老旧小区300个。",
            {"300个": ("exactly", "2024-2026")},
        ),
    ],
)
def test_the_period_of_a_named_campaign_governs_its_sentence(
    tmp_path: Path, line: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """ "“三年行动计划”（2023—2025年），…": the count of years in the campaign's name is no figure whose own
    predicate the period would date; "《…方案（2024—2026年）》提出，…": the document the sentence opens with
    gives its period to what it says (before, neither had a deadline)."""
    assert targets_of(tmp_path, line) == expected


# ------------------------------ a figure joined to the next by 、 is no list of items sharing one quantity


def test_a_goal_with_its_own_figure_before_a_rate_is_not_split(tmp_path: Path) -> None:
    """ "总产值突破200亿元、年均增长10%以上": two goals, each with its own figure; the rate is one target, not
    two (before, it was split into "总产值突破增速" and "年增速")."""
    line = "2023-08-11 05:30，正文：力争到2025年，全县规上工业总产值突破200亿元、年均增长10%以上。"
    path = tmp_path / "item.txt"
    path.write_text(line, encoding="utf-8")
    article = prepare_article(load_path(str(path)).documents[0])
    raws = [target.raw for target in extract_article(article).targets]
    assert sorted(raws) == ["10%以上", "200亿元"]
