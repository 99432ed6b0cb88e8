"""`summarizer db import`, `query`, `export` and `track`: the data layer's commands (summarizer/data/).

DuckDB, xlsxwriter and pyarrow are optional and imported inside the commands, so `summarizer --help` and
the offline path never load them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from summarizer.errors import ConfigError

DbOpt = Annotated[Path, typer.Option("--db", help="The DuckDB database file.", show_default=False)]

db_app = typer.Typer(
    name="db",
    help="The DuckDB database of runs: import saved runs (query it with `summarizer query`).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@db_app.command("import")
def import_runs(
    sources: Annotated[
        list[Path],
        typer.Argument(help="Saved runs: summarize JSONL or JSON output, or eval runs.", show_default=False),
    ],
    db: DbOpt,
) -> None:
    """Import saved summaries into the database; importing the same summaries again changes nothing."""
    raise typer.Exit(run_import(sources, db))


def run_import(sources: Sequence[Path], db: Path) -> int:
    """Import every source; 1 when some record was not a summary (the others are imported)."""
    from summarizer.data.db import Store, import_summaries
    from summarizer.data.sources import read_saved_run

    saved_runs = [read_saved_run(source) for source in sources]  # a bad source fails before any write
    with Store(db) as store:
        for saved in saved_runs:
            report = import_summaries(store, saved.summaries, saved.run)
            print_problems(saved.problems)
            print(report.line(db, saved.run.source), file=sys.stderr)
    return 1 if any(saved.problems for saved in saved_runs) else 0


def print_problems(problems: Sequence[str], shown: int = 5) -> None:
    for problem in problems[:shown]:
        print(f"Error: {problem}", file=sys.stderr)
    if len(problems) > shown:
        print(f"Error: … and {len(problems) - shown} more record(s) that are not summaries", file=sys.stderr)


def query(
    sql: Annotated[str, typer.Argument(help="One SQL statement (DuckDB's dialect).", show_default=False)],
    db: DbOpt,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="rich (terminal), csv, json or md.")
    ] = "rich",
) -> None:
    """Run SQL on the database: tables articles, regions, priorities, targets (every run) and views
    targets_flat, priorities_flat, regions_flat, latest_articles, region_year (the latest run)."""
    raise typer.Exit(run_query(sql, db, output_format))


def run_query(sql: str, db: Path, output_format: str) -> int:
    from summarizer.data.db import Store
    from summarizer.data.present import print_rich, result_format, result_text

    chosen = result_format(output_format)
    with Store(db, read_only=True) as store:
        result = store.query(sql)
    if chosen == "rich":
        from rich.console import Console

        print_rich(result.columns, result.rows, Console())
    else:
        sys.stdout.write(result_text(result.columns, result.rows, chosen))
    return 0


def export(
    source: Annotated[
        Path,
        typer.Argument(help="A saved run (JSONL/JSON), an eval run, or a database.", show_default=False),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write.", show_default=False)],
    output_format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="csv, xlsx or parquet (default: from --out's suffix)."),
    ] = None,
) -> None:
    """Export one row per target and a table of priorities: an XLSX with two sheets, or two CSV or
    Parquet files (OUT and OUT's name with .priorities before the suffix)."""
    raise typer.Exit(run_export(source, out, output_format))


def run_export(source: Path, out: Path, output_format: str | None) -> int:
    from summarizer.data.export import export_format, read_export_source, write_export

    chosen = export_format(output_format, out)
    found = read_export_source(source)
    written = write_export(found.sheets, chosen, out)
    print_problems(found.problems)
    counts = ", ".join(f"{len(sheet.rows)} {sheet.name}" for sheet in found.sheets)
    print(f"Wrote {', '.join(str(path) for path in dict.fromkeys(written))}: {counts}.", file=sys.stderr)
    return 1 if found.problems else 0


def track(
    db: DbOpt,
    region: Annotated[
        str | None, typer.Option("--region", help="Only regions with this name (托克托县).")
    ] = None,
    metric: Annotated[
        str | None, typer.Option("--metric", help="Only metrics that contain this (新能源).")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", "-f", help="text or xlsx.")] = "text",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="The file to write (needed for xlsx).")
    ] = None,
) -> None:
    """Line a region's targets up across articles and years: one row per metric, its quantities by
    deadline (or the article's year)."""
    raise typer.Exit(run_track(db, region, metric, output_format, out))


def run_track(db: Path, region: str | None, metric: str | None, output_format: str, out: Path | None) -> int:
    from summarizer.data.db import Store
    from summarizer.data.export import xlsx_bytes
    from summarizer.data.track import TRACK_COLUMNS, render_text, track_targets, tracking_sheets
    from summarizer.io import write_atomically

    if output_format not in ("text", "xlsx"):
        raise ConfigError(f"unknown --format {output_format!r}: choose text or xlsx")
    if output_format == "xlsx" and out is None:
        raise ConfigError("--format xlsx needs --out FILE.xlsx")
    with Store(db, read_only=True) as store:
        tracking = track_targets(store.rows("targets_flat", TRACK_COLUMNS), region, metric)
    if not tracking.lines:
        print("No targets match.", file=sys.stderr)
        return 1
    if output_format == "xlsx" and out is not None:
        write_atomically(out, xlsx_bytes(tracking_sheets(tracking)))
        print(f"Wrote {out}: {len(tracking.lines)} metric(s).", file=sys.stderr)
    elif out is not None:
        write_atomically(out, render_text(tracking))
    else:
        sys.stdout.write(render_text(tracking))
    return 0
