"""A query's result on the terminal (a rich table) or for a pipe (CSV, JSON, Markdown)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from summarizer.data.export import csv_text, plain
from summarizer.errors import ConfigError

if TYPE_CHECKING:
    from rich.console import Console

ResultFormat = Literal["rich", "csv", "json", "md"]
RESULT_FORMATS: tuple[ResultFormat, ...] = ("rich", "csv", "json", "md")


def result_format(given: str) -> ResultFormat:
    for known in RESULT_FORMATS:
        if given.lower() == known:
            return known
    raise ConfigError(f"unknown --format {given!r}: choose rich, csv, json or md")


def result_text(columns: Sequence[str], rows: Sequence[Sequence[Any]], output_format: ResultFormat) -> str:
    """The result as CSV (no byte-order mark: this is for pipes), a JSON list of objects, or Markdown."""
    if output_format == "csv":
        return csv_text(columns, rows)
    if output_format == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n"
    return markdown_table(columns, rows)


def markdown_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(value: Any) -> str:
        return str(plain(value)).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def print_rich(columns: Sequence[str], rows: Sequence[Sequence[Any]], console: Console) -> None:
    """A rich table, numbers right-aligned, and the row count."""
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for number, name in enumerate(columns):
        numeric = bool(rows) and all(
            isinstance(row[number], int | float) or row[number] is None for row in rows
        )
        table.add_column(name, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*("" if value is None else str(plain(value)) for value in row))
    console.print(table)
    console.print(f"{len(rows)} row(s)", style="dim")
