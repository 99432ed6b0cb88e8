"""`summarizer export`: every format read back with another library (openpyxl, csv, pyarrow) and compared
with the source summaries field by field."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from summarizer.data.tables import PRIORITIES, TARGETS
from summarizer.schema import ArticleSummary
from tests.conftest import ROOT, RunCli
from tests.summaries import read_jsonl, write_jsonl

TARGET_FIELDS = ("region", "metric", "metric_en", "raw", "value", "value_high", "unit", "comparator",
                 "deadline", "baseline", "kind", "quote")  # fmt: skip
PRIORITY_FIELDS = ("region", "category", "title", "summary", "quote")
NUMBERS = {"value", "value_high", "baseline", "span_start", "span_end", "plan_year", "item"}


def expected_rows(summaries: list[ArticleSummary], kind: str) -> list[dict[str, Any]]:
    """From the summaries themselves: each item's fields, span, article and backend."""
    fields = TARGET_FIELDS if kind == "targets" else PRIORITY_FIELDS
    rows = []
    for summary in summaries:
        for item in getattr(summary, kind):
            span = item.span or (None, None)
            rows.append({**{name: getattr(item, name) for name in fields}, "span_start": span[0],
                         "span_end": span[1], "article_id": summary.article_id, "source": summary.source_path,
                         "article_date": summary.date, "backend": summary.provenance.backend,
                         "model": summary.provenance.model})  # fmt: skip
    return rows


def comparable(rows: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The exported rows cut to the fields expected_rows() has, numbers as floats."""
    names = expected_rows_fields(kind)
    return [{name: as_number(row[name]) if name in NUMBERS else row[name] for name in names} for row in rows]


def expected_rows_fields(kind: str) -> tuple[str, ...]:
    fields = TARGET_FIELDS if kind == "targets" else PRIORITY_FIELDS
    return (*fields, "span_start", "span_end", "article_id", "source", "article_date", "backend", "model")


def as_number(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)


def assert_rows_match(rows: list[dict[str, Any]], summaries: list[ArticleSummary], kind: str) -> None:
    """The exported rows hold, in order, every item of the summaries with the same fields."""
    assert comparable(rows, kind) == comparable(expected_rows(summaries, kind), kind)


@pytest.fixture(scope="module")
def mixed_run(corpus_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The rules corpus run and one LLM summary (English metric names, another configuration)."""
    llm = ArticleSummary.model_validate_json(
        (ROOT / "tests" / "fixtures" / "brief_seed004.json").read_bytes()
    )
    return write_jsonl(tmp_path_factory.mktemp("mixed") / "run.jsonl", [*read_jsonl(corpus_run), llm])


def test_xlsx_has_two_sheets_a_frozen_filtered_header_widths_and_numbers_as_numbers(
    run_cli: RunCli, mixed_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "targets.xlsx"
    result = run_cli("export", str(mixed_run), "--out", str(out))
    assert result.returncode == 0, result.stderr
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["targets", "priorities"]
    summaries = read_jsonl(mixed_run)
    for name, table in (("targets", TARGETS), ("priorities", PRIORITIES)):
        sheet = workbook[name]
        header = [cell.value for cell in sheet[1]]
        assert header == table.names
        rows = [
            dict(zip(header, values, strict=True)) for values in sheet.iter_rows(min_row=2, values_only=True)
        ]
        assert_rows_match(rows, summaries, name)
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}{len(rows) + 1}"
        widths = [
            sheet.column_dimensions[sheet.cell(1, n).column_letter].width for n in range(1, len(header) + 1)
        ]
        assert all(6 <= width <= 62 for width in widths) and max(widths) > 30  # the quote column is wide
        assert {cell.font.name for row in sheet.iter_rows() for cell in row} == {"Calibri"}  # fonts untouched
    values = [row[TARGETS.names.index("value")] for row in workbook["targets"].iter_rows(min_row=2)]
    assert all(cell.data_type == "n" for cell in values)
    sheet_rows = workbook["targets"].iter_rows(min_row=2, values_only=True)
    llm = [dict(zip(TARGETS.names, row, strict=True)) for row in sheet_rows if "llm" in row]
    sand = next(row for row in llm if row["raw"] == "7.1万亩")
    assert sand["value"] == 71000 and sand["metric"] == "工程固沙面积"
    assert sand["metric_en"] == "Engineered sand-fixation area" and sand["deadline"] == "2024-2025"


def test_csv_is_utf8_with_a_bom_and_has_a_priorities_file_beside_it(
    run_cli: RunCli, mixed_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "targets.csv"
    result = run_cli("export", str(mixed_run), "--out", str(out))
    assert result.returncode == 0, result.stderr
    summaries = read_jsonl(mixed_run)
    for path, name in ((out, "targets"), (tmp_path / "targets.priorities.csv", "priorities")):
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        with_nulls = [{k: (None if v == "" else v) for k, v in row.items()} for row in rows]
        assert_rows_match(with_nulls, summaries, name)
    assert str(tmp_path / "targets.priorities.csv") in result.stderr


def test_parquet_keeps_the_schemas_types(run_cli: RunCli, mixed_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "targets.parquet"
    result = run_cli("export", str(mixed_run), "--out", str(out))
    assert result.returncode == 0, result.stderr
    table = pq.read_table(out)
    types = {field.name: str(field.type) for field in table.schema}
    assert types["value"] == "double" and types["span_start"] == "int64" and types["metric"] == "string"
    assert types["plan_year"] == "int64" and list(types) == TARGETS.names
    summaries = read_jsonl(mixed_run)
    assert_rows_match(table.to_pylist(), summaries, "targets")
    priorities = pq.read_table(tmp_path / "targets.priorities.parquet").to_pylist()
    assert_rows_match(priorities, summaries, "priorities")


def test_a_database_exports_the_same_rows_as_the_run_it_holds(
    run_cli: RunCli, corpus_run: Path, tmp_path: Path
) -> None:
    db = tmp_path / "t.duckdb"
    assert run_cli("db", "import", str(corpus_run), "--db", str(db)).returncode == 0
    from_db = run_cli("export", str(db), "--out", str(tmp_path / "db.parquet"))
    from_run = run_cli("export", str(corpus_run), "--out", str(tmp_path / "run.parquet"))
    assert from_db.returncode == 0 and from_run.returncode == 0, from_db.stderr + from_run.stderr

    def rows(path: Path) -> list[dict[str, Any]]:
        found = pq.read_table(path).to_pylist()
        return sorted(found, key=lambda row: row["target_id"])

    exported, expected = rows(tmp_path / "db.parquet"), rows(tmp_path / "run.parquet")
    assert len(exported) == sum(len(summary.targets) for summary in read_jsonl(corpus_run))
    for row in (*exported, *expected):
        row.pop("run_date")  # the database keeps the run's date, the file its modification time: equal here
    assert exported == expected


def test_an_eval_run_exports_its_predictions(run_cli: RunCli, tmp_path: Path) -> None:
    run = ROOT / "evals" / "runs" / "rules-test.json"
    out = tmp_path / "eval.csv"
    result = run_cli("export", str(run), "--out", str(out), "--format", "csv")
    assert result.returncode == 0, result.stderr
    predictions = [a["prediction"] for a in json.loads(run.read_text("utf-8"))["articles"] if a["prediction"]]
    summaries = [ArticleSummary.model_validate(prediction) for prediction in predictions]
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    with_nulls = [{k: (None if v == "" else v) for k, v in row.items()} for row in rows]
    assert_rows_match(with_nulls, summaries, "targets")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--out", "t.txt"), "Error: cannot tell the format from --out t.txt"),
        (("--out", "t.csv", "--format", "ods"), "Error: unknown --format 'ods'"),
    ],
)
def test_a_bad_format_is_a_one_line_error(run_cli: RunCli, tmp_path: Path, args: tuple[str, ...],
                                          message: str) -> None:  # fmt: skip
    result = run_cli("export", str(ROOT / "tests" / "fixtures" / "brief_seed004.json"), *args)
    assert result.returncode == 1 and result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_source_that_holds_no_summary_is_a_one_line_error(run_cli: RunCli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    for source in (empty, tmp_path / "missing.jsonl", ROOT / "seeds" / "000_035700d1bd0b97ab.txt"):
        result = run_cli("export", str(source), "--out", str(tmp_path / "t.xlsx"))
        assert result.returncode == 1 and result.stderr.startswith("Error: ")
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "t.xlsx").exists()
