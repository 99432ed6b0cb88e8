"""Exports an analyst opens: CSV (UTF-8 with BOM, for Excel on Windows), XLSX (xlsxwriter: a sheet per
table, frozen header, autofilter, widths set, numbers as numbers) and Parquet (pyarrow, the tables' types).

Every writer takes the same input: named sheets, each a Table spec and its rows. Files are written whole
or not at all (summarizer.io).
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from summarizer.data.db import Store
from summarizer.data.rows import Row, RunInfo, distinct_records, summary_rows
from summarizer.data.sources import is_database, read_saved_run
from summarizer.data.tables import EXPORT_TABLES, PRIORITIES, TARGETS, Column, Table
from summarizer.errors import ConfigError
from summarizer.io import write_atomically
from summarizer.schema import ArticleSummary

ExportFormat = Literal["csv", "xlsx", "parquet"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "xlsx", "parquet")
INSTALL_HINT = "pip install 'zh-policy-summarizer[export]' (in a checkout: pip install -e '.[export]')"
MAX_WIDTH = 60
MIN_WIDTH = 6
WIDTH_SAMPLE = 2000
"""Column widths are measured on this many rows."""
XLSX_MAX_ROWS = 1_048_576


@dataclass(frozen=True)
class Sheet:
    """One table of an export: a sheet of the workbook, or a file of its own in CSV and Parquet."""

    name: str
    table: Table
    rows: Sequence[Row]


def export_format(given: str | None, out: Path) -> ExportFormat:
    """The --format given, else the one --out's suffix names."""
    wanted = (given or out.suffix.removeprefix(".")).lower()
    for known in EXPORT_FORMATS:
        if wanted == known:
            return known
    if given is None:
        raise ConfigError(f"cannot tell the format from --out {out}: name a .csv, .xlsx or .parquet file")
    raise ConfigError(f"unknown --format {given!r}: choose csv, xlsx or parquet")


def sheet_paths(out: Path, sheets: Sequence[Sheet], output_format: ExportFormat) -> list[Path]:
    """Where each sheet goes: all in `out` for XLSX; else the first in `out`, the others beside it
    (targets.csv → targets.priorities.csv)."""
    if output_format == "xlsx":
        return [out] * len(sheets)
    return [out if n == 0 else out.with_name(f"{out.stem}.{sheet.name}{out.suffix}") for n, sheet in
            enumerate(sheets)]  # fmt: skip


def write_export(sheets: Sequence[Sheet], output_format: ExportFormat, out: Path) -> list[Path]:
    """Write the sheets; the files written."""
    if output_format == "xlsx":
        write_atomically(out, xlsx_bytes(sheets))
        return [out]
    paths = sheet_paths(out, sheets, output_format)
    encode = csv_bytes if output_format == "csv" else parquet_bytes
    contents = [encode(sheet) for sheet in sheets]  # every file encoded before the first is written
    for path, data in zip(paths, contents, strict=True):
        write_atomically(path, data)
    return paths


# --- CSV ---------------------------------------------------------------------------------------


def csv_text(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV text: numbers written plainly (no trailing .0 on whole numbers), None as an empty field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([plain(value) for value in row])
    return buffer.getvalue()


def csv_bytes(sheet: Sheet) -> bytes:
    """A sheet as CSV in UTF-8 with a byte-order mark, so that Excel on Windows reads the Chinese."""
    names = sheet.table.names
    return csv_text(names, [[row.get(name) for name in names] for row in sheet.rows]).encode("utf-8-sig")


def plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, list):
        return "、".join(str(item) for item in value)
    return value


# --- XLSX --------------------------------------------------------------------------------------


def import_module(name: str) -> Any:
    """An export library, or a one-line error that says how to install it."""
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        raise ConfigError(
            f"this export needs {name.split('.')[0]}, which is not installed: {INSTALL_HINT}"
        ) from None


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """A workbook with one sheet per table. Fonts are left as they are, so Excel and WPS pick their own."""
    xlsxwriter = import_module("xlsxwriter")
    buffer = io.BytesIO()
    # Text stays text: no guessing of numbers, formulas or links in quotes and metrics.
    options = {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False}
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, **options})
    formats = {
        "header": workbook.add_format({"bold": True, "bottom": 1}),
        "whole": workbook.add_format({"num_format": "#,##0"}),
        "fraction": workbook.add_format({"num_format": "#,##0.0###"}),
    }
    for sheet in sheets:
        if len(sheet.rows) >= XLSX_MAX_ROWS:
            raise ConfigError(
                f"{len(sheet.rows)} {sheet.name} do not fit an XLSX sheet "
                f"({XLSX_MAX_ROWS - 1} rows at most): export csv or parquet"
            )
    for sheet in sheets:
        write_sheet(workbook.add_worksheet(sheet.name[:31]), sheet.table.columns, sheet.rows, formats)
    workbook.close()
    return buffer.getvalue()


def write_sheet(
    worksheet: Any, columns: Sequence[Column], rows: Sequence[Row], formats: dict[str, Any]
) -> None:
    """Header, rows (numbers as numbers, text as text), frozen header, autofilter and column widths."""
    for number, column in enumerate(columns):
        worksheet.write_string(0, number, column.name, formats["header"])
    for row_number, row in enumerate(rows, start=1):
        for number, column in enumerate(columns):
            write_cell(worksheet, row_number, number, column, row.get(column.name), formats)
    worksheet.freeze_panes(1, 0)
    worksheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
    for number, column in enumerate(columns):
        worksheet.set_column(
            number, number, column_width(column.name, (row.get(column.name) for row in rows[:WIDTH_SAMPLE]))
        )


def write_cell(
    worksheet: Any, row: int, col: int, column: Column, value: Any, formats: dict[str, Any]
) -> None:
    if value is None:
        return
    if column.type == "int" and isinstance(value, int):
        worksheet.write_number(row, col, value)  # years, offsets, counts: no thousands separator
    elif column.type == "float" and isinstance(value, int | float):
        whole = float(value).is_integer()
        worksheet.write_number(row, col, value, formats["whole" if whole else "fraction"])
    else:
        worksheet.write_string(row, col, str(plain(value)))


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def column_width(header: str, values: Any) -> int:
    widest = max((display_width(str(plain(value))) for value in values), default=0)
    return max(MIN_WIDTH, min(MAX_WIDTH, max(widest, display_width(header)) + 2))


# --- Parquet -----------------------------------------------------------------------------------

PARQUET_TYPES = {"text": "string", "float": "float64", "int": "int64"}


def parquet_bytes(sheet: Sheet) -> bytes:
    """A sheet as Parquet with the table's column types."""
    pa = import_module("pyarrow")
    parquet = import_module("pyarrow.parquet")
    schema = pa.schema([arrow_field(pa, column) for column in sheet.table.columns])
    names = sheet.table.names
    table = pa.Table.from_pylist(
        [{name: row.get(name) for name in names} for row in sheet.rows], schema=schema
    )
    sink = pa.BufferOutputStream()
    parquet.write_table(table, sink)
    return bytes(sink.getvalue().to_pybytes())


def arrow_field(pa: Any, column: Column) -> Any:
    if column.type == "text_list":
        return pa.field(column.name, pa.list_(pa.string()))
    return pa.field(column.name, getattr(pa, PARQUET_TYPES[column.type])())


# --- what is exported --------------------------------------------------------------------------


@dataclass
class ExportSource:
    sheets: list[Sheet]
    problems: list[str]


def read_export_source(source: Path) -> ExportSource:
    """The targets and priorities of a database (the latest run of each article) or of a saved run."""
    if is_database(source):
        with Store(source, read_only=True) as store:
            return ExportSource([Sheet(table.name, table, store.rows(f"{table.name}_flat", table.names))
                                 for table in EXPORT_TABLES], [])  # fmt: skip
    saved = read_saved_run(source)
    return ExportSource(summary_sheets(saved.summaries, saved.run), saved.problems)


def summary_sheets(summaries: Sequence[ArticleSummary], run: RunInfo) -> list[Sheet]:
    """The targets and the priorities of some summaries, one row each."""
    records = distinct_records([summary_rows(summary, run) for summary in summaries if summary.sha256])
    targets = [row for record in records for row in record.targets]
    priorities = [row for record in records for row in record.priorities]
    return [Sheet("targets", TARGETS, targets), Sheet("priorities", PRIORITIES, priorities)]
