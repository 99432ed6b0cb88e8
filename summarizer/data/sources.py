"""Where summaries come from: a JSONL run, a saved `summarize --format json` output, a saved eval run, or a
DuckDB database (told by its magic bytes)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer.data.rows import RunInfo
from summarizer.errors import InputError, first_validation_error
from summarizer.extract.records import current_records
from summarizer.io import complete_lines
from summarizer.schema import ArticleSummary

DUCKDB_MAGIC = b"DUCK"
"""DuckDB files carry these bytes at offset 8."""


@dataclass
class SavedRun:
    """The summaries a file holds, the run they belong to, and one line per record that is not a summary."""

    summaries: list[ArticleSummary]
    run: RunInfo
    problems: list[str] = field(default_factory=list)


def is_database(path: Path) -> bool:
    """True when `path` is a DuckDB database file."""
    try:
        with path.open("rb") as handle:
            return handle.read(12)[8:12] == DUCKDB_MAGIC
    except OSError:
        return False


def read_saved_run(path: Path) -> SavedRun:
    """Summaries from a JSONL run (a torn last line is left out), a JSON summary or list, or an eval run."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if is_database(path):
        raise InputError(f"{path}: a database, not a saved run (export it, or query it with --db)")
    whole = parse_whole(path)
    if isinstance(whole, dict) and {"config", "articles"} <= whole.keys():
        return eval_run_summaries(path, whole)
    problems: list[str] = []
    if whole is NOT_JSON:
        records, problems = json_lines(path)
    elif isinstance(whole, list):
        records = [(f"{path}[{number}]", record) for number, record in enumerate(whole)]
    else:
        records = [(str(path), whole)]
    summaries = []
    for label, record in records:
        summary, problem = validate_summary(label, record)
        if summary is not None:
            summaries.append(summary)
        else:
            problems.append(problem)
    if not summaries:
        raise InputError(f"{path}: holds no summary" + (f" ({problems[0]})" if problems else ""))
    current = current_records(summaries)  # one current record per article: the corpus runs' rule
    return SavedRun(current, RunInfo(date=modified_date(path), source=str(path)), problems)


NOT_JSON = object()


def parse_whole(path: Path) -> Any:
    """The file as one JSON value, or NOT_JSON (JSON lines, then)."""
    try:
        return json.loads(path.read_bytes())
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError:
        return NOT_JSON
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def json_lines(path: Path) -> tuple[list[tuple[str, Any]], list[str]]:
    """Each whole line parsed alone, labelled file:line; and the lines that are not JSON."""
    records: list[tuple[str, Any]] = []
    problems = []
    for number, line in enumerate(complete_lines(path), start=1):
        if not line.strip():
            continue
        try:
            records.append((f"{path}:{number}", json.loads(line)))
        except (json.JSONDecodeError, UnicodeDecodeError):
            problems.append(f"{path}:{number}: not JSON")
    return records, problems


def validate_summary(label: str, record: Any) -> tuple[ArticleSummary | None, str]:
    try:
        return ArticleSummary.model_validate(record), ""
    except ValidationError as exc:
        return None, f"{label}: not a summary: {first_validation_error(exc)}"


def eval_run_summaries(path: Path, run: dict[str, Any]) -> SavedRun:
    """The predictions of a saved eval run (see summarizer/evals/runs.py): `articles[].prediction`, and
    `config.date` for the run's date."""
    summaries = []
    problems = []
    for number, article in enumerate(run.get("articles") or []):
        prediction = article.get("prediction") if isinstance(article, dict) else None
        if prediction is None:
            continue  # the run recorded no prediction for this article: nothing to import
        summary, problem = validate_summary(f"{path}: article {number}", prediction)
        if summary is not None:
            summaries.append(summary)
        else:
            problems.append(problem)
    config = run.get("config")
    date = config.get("date") if isinstance(config, dict) else None
    return SavedRun(summaries, RunInfo(date=str(date or modified_date(path)), source=str(path)), problems)


def modified_date(path: Path) -> str:
    """The file's modification time, ISO 8601 in UTC: the date of a run whose records carry none."""
    return iso_utc(datetime.fromtimestamp(path.stat().st_mtime, tz=UTC))


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def now_utc() -> str:
    return iso_utc(datetime.now(UTC))
