"""`summarizer track`: one region's targets from two years' articles lined up, one row per metric."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import RunCli
from tests.summaries import summary, target, write_jsonl

TEXT_2024 = "托克托县2024年实施重大项目90个以上，新能源装机规模达到300万千瓦。全县接待游客200万人次。"
TEXT_2025 = "呼和浩特市托克托县2025年实施重大项目100个以上，新能源装机达到500万千瓦。"


def two_years(tmp_path: Path, run_cli: RunCli) -> Path:
    """A database with the 2024 and the 2025 article of 托克托县 (the second names it in full)."""
    first = summary(TEXT_2024, [
        target(TEXT_2024, "实施重大项目90个以上", "重大项目", "90个以上", 90, "个", deadline="2024"),
        target(TEXT_2024, "新能源装机规模达到300万千瓦", "新能源装机规模", "300万千瓦", 3e6, "千瓦",
               deadline="2024"),
        target(TEXT_2024, "全县接待游客200万人次", "接待游客", "200万人次", 2e6, "人次"),
    ], date="2024-01-20", article_id="a2024")  # fmt: skip
    second = summary(TEXT_2025, [
        target(TEXT_2025, "实施重大项目100个以上", "重大项目", "100个以上", 100, "个", deadline="2025",
               region="呼和浩特市托克托县"),
        target(TEXT_2025, "新能源装机达到500万千瓦", "托克托县新能源装机", "500万千瓦", 5e6, "千瓦",
               deadline="2025", region="呼和浩特市托克托县"),
    ], date="2025-01-18", article_id="a2025")  # fmt: skip
    db = tmp_path / "t.duckdb"
    for name, item in (("2024.jsonl", first), ("2025.jsonl", second)):
        result = run_cli("db", "import", str(write_jsonl(tmp_path / name, [item])), "--db", str(db))
        assert result.returncode == 0, result.stderr
    return db


def test_the_same_metric_in_two_years_is_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    db = two_years(tmp_path, run_cli)
    result = run_cli("track", "--db", str(db), "--region", "托克托县")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "  重大项目 [个]  2024: 90个以上 → 2025: 100个以上" in lines
    assert "  托克托县新能源装机 [千瓦]  2024: 300万千瓦 → 2025: 500万千瓦" in lines
    assert "  接待游客 [人次]  2024: 200万人次*" in lines  # no deadline: the article's year, marked
    assert lines[0] == "托克托县"  # one region, however an article names it
    assert "3 metric(s) in 1 region(s); 2 in two or more periods." in result.stdout


def test_the_metric_filter_keeps_matching_lines_only(run_cli: RunCli, tmp_path: Path) -> None:
    db = two_years(tmp_path, run_cli)
    result = run_cli("track", "--db", str(db), "--region", "托克托县", "--metric", "新能源")
    assert result.returncode == 0, result.stderr
    tracked = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert tracked == ["  托克托县新能源装机 [千瓦]  2024: 300万千瓦 → 2025: 500万千瓦"]
    nothing = run_cli("track", "--db", str(db), "--region", "清水河县")
    assert nothing.returncode == 1 and nothing.stderr.strip() == "No targets match."


def test_the_workbook_has_the_quantities_the_numbers_and_the_targets(run_cli: RunCli, tmp_path: Path) -> None:
    db = two_years(tmp_path, run_cli)
    out = tmp_path / "track.xlsx"
    result = run_cli("track", "--db", str(db), "--metric", "重大项目", "--format", "xlsx", "--out", str(out))
    assert result.returncode == 0, result.stderr
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["track", "values", "targets"]
    written = list(workbook["track"].iter_rows(values_only=True))
    assert written == [
        ("region", "metric", "unit", "2024", "2025"),
        ("托克托县", "重大项目", "个", "90个以上", "100个以上"),
    ]
    numbers = list(workbook["values"].iter_rows(values_only=True))
    assert numbers[1] == ("托克托县", "重大项目", "个", 90, 100)
    sources = list(workbook["targets"].iter_rows(values_only=True))
    assert [row[sources[0].index("article_id")] for row in sources[1:]] == ["a2024", "a2025"]
    assert workbook["track"].freeze_panes == "A2"
    missing_out = run_cli("track", "--db", str(db), "--format", "xlsx")
    assert missing_out.returncode == 1 and "--format xlsx needs --out" in missing_out.stderr
