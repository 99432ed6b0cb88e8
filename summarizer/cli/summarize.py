"""What `summarize` does, kept out of app.py so the command function stays thin."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from summarizer.cli.formats import OutputFormats, output_file, resolve_format
from summarizer.cli.inputs import ALL_FILES, InputFilter, chosen_inputs
from summarizer.config import Settings
from summarizer.errors import InputError, SummarizerError, UsageError
from summarizer.extract import Backend
from summarizer.ingest.fetch import DEFAULT_FETCH_TIMEOUT
from summarizer.ingest.load import Document, expand_inputs, load_path
from summarizer.io import OutputBusy, output_target, write_atomically
from summarizer.schema import ArticleSummary, Usage, usage_text
from summarizer.text import strip_controls

ReportT = TypeVar("ReportT")

SUMMARIZE_FORMATS = OutputFormats(
    command="summarize",
    suffixes={
        ".json": "json",
        ".jsonl": "jsonl",
        ".md": "md",
        ".markdown": "md",
        ".csv": "csv",
        ".xlsx": "xlsx",
    },
    default="rich",
    terminal_only=frozenset({"rich"}),
    unavailable={},
)
CSV_FILE_ENCODING = "utf-8-sig"
"""A CSV file starts with a byte-order mark, so that Excel shows its Chinese; standard output has none."""
if TYPE_CHECKING:
    from summarizer.corpus import CorpusReport
    from summarizer.data.db import Store
    from summarizer.data.rows import RunInfo


def load_documents(
    inputs: Sequence[str], fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
) -> tuple[list[Document], list[str]]:
    """Every document the inputs hold, and one-line messages for the inputs that failed."""
    documents: list[Document] = []
    failures: list[str] = []
    for path in expand_inputs(inputs):
        try:
            stdin = sys.stdin.buffer if path == "-" else None
            result = load_path(path, stdin=stdin, fetch_timeout=fetch_timeout)
        except InputError as exc:
            failures.append(str(exc))
            continue
        documents.extend(result.documents)
        failures.extend(result.failures)
    return documents, failures


def run_summarize(
    inputs: Sequence[str],
    settings: Settings,
    output_format: str | None,
    out: Path | None,
    force: bool = False,
    chooser: InputFilter = ALL_FILES,
    db: Path | None = None,
    workers: int | None = None,
) -> int:
    """Summarize the inputs and print or write them (and import them into a database); the exit code
    says whether anything failed.

    The format is --format's, else --out's suffix's; a .jsonl file is a resumable corpus run.
    """
    started = time.perf_counter()
    chosen_format = resolve_format(SUMMARIZE_FORMATS, output_format, out)
    file = output_file(out)
    if chosen_format == "xlsx" and file is None:
        raise UsageError("an .xlsx spreadsheet goes to a file: give --out FILE.xlsx")
    if file is not None:
        output_target(file)  # an output that is not a regular file is an error before anything is read
    if db is not None:
        open_database(db).close()  # a missing DuckDB or a bad file is an error before any work
    files = chosen_inputs(inputs, chooser, output=file)
    from summarizer.extract.pipeline import summarize_documents

    if chosen_format == "jsonl" and file is not None:
        try:
            return run_corpus_command(
                files, announced_backend(settings), file, force, workers, settings.fetch_timeout
            )
        finally:
            if db is not None and file.exists():
                import_run_file(file, db)
    if db is not None and file is None:
        return run_into_database(files, announced_backend(settings), db, force, settings.fetch_timeout)
    documents, failures = load_documents(files, settings.fetch_timeout)
    if not documents:
        raise InputError(
            failures[0] if len(failures) == 1 else f"no article could be read ({len(failures)} failed)"
        )
    backend = announced_backend(settings)
    summaries = list(summarize_documents(documents, backend))
    emit(summaries, chosen_format, file)
    if db is not None:
        import_into_database(summaries, db, force)
    for failure in failures:
        print(f"Error: {strip_controls(failure)}", file=sys.stderr)
    if backend.name == "llm":
        print(f"LLM: {summaries_usage_line(summaries, time.perf_counter() - started)}", file=sys.stderr)
    failed = failures or any(summary.status != "ok" for summary in summaries)
    return 1 if failed else 0


def announced_backend(settings: Settings) -> Backend:
    """The backend the settings ask for, said on stderr once it is built."""
    from summarizer.cli.options import announce_backend
    from summarizer.extract.pipeline import build_backend

    backend = build_backend(settings)
    announce_backend(settings)
    return backend


def summaries_usage_line(summaries: Sequence[ArticleSummary], seconds: float) -> str:
    """`2.3 s; 35 calls, 51234 tokens, $0.0123`, as `eval` reports it."""
    total = sum((summary.provenance.usage for summary in summaries), Usage())
    spent = usage_text(total.calls, total.total_tokens, total.cost_usd, total.cached_calls)
    return f"{seconds:.1f} s; {spent}"


def emit(summaries: Sequence[ArticleSummary], output_format: str, out: Path | None) -> None:
    """Render summaries in the chosen format to a file (atomically) or stdout."""
    if output_format == "rich" and out is None:
        from summarizer.brief.terminal import render_terminal, terminal_console

        render_terminal(summaries, terminal_console())
        return
    if output_format == "xlsx":
        write_spreadsheet(summaries, out)
        return
    text = format_summaries(summaries, output_format)
    if out is None:
        sys.stdout.write(text)
    elif output_format == "csv":
        write_atomically(out, text.encode(CSV_FILE_ENCODING))
    else:
        write_atomically(out, text)


def write_spreadsheet(summaries: Sequence[ArticleSummary], out: Path | None) -> None:
    """The targets and priorities as an XLSX workbook (the export extra), like `summarizer export`."""
    from summarizer.data.export import summary_sheets, write_export
    from summarizer.data.rows import RunInfo
    from summarizer.data.sources import now_utc

    assert out is not None, "run_summarize refuses an .xlsx to standard output"
    write_export(summary_sheets(summaries, RunInfo(date=now_utc(), source="summarize")), "xlsx", out)


def format_summaries(summaries: Sequence[ArticleSummary], output_format: str) -> str:
    """Summaries as JSON (one object, or a list), JSON lines, CSV (one row per target) or Markdown."""
    if output_format == "csv":
        from summarizer.brief.rows import targets_csv

        return targets_csv(summaries)
    if output_format == "jsonl":
        return "".join(summary.model_dump_json() + "\n" for summary in summaries)
    if output_format == "json":
        if len(summaries) == 1:
            return summaries[0].model_dump_json(indent=2) + "\n"
        return "[\n" + ",\n".join(summary.model_dump_json(indent=2) for summary in summaries) + "\n]\n"
    from summarizer.brief.terminal import render_markdown

    return render_markdown(summaries)


def run_corpus_command(
    files: Sequence[str],
    backend: Backend,
    out: Path,
    force: bool,
    workers: int | None = None,
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
) -> int:
    """A resumable corpus run into a JSON-lines file: a progress bar on a terminal, else a line per 10 %;
    `workers` processes for the offline backend (None: `default_workers`)."""
    from rich.console import Console

    from summarizer.corpus import CorpusProgress, ProgressLines, run_corpus
    from summarizer.extract.parallel import default_workers
    from summarizer.ingest.load import count_articles

    total = count_articles(files)
    chosen_workers = workers or default_workers(total)
    progress = CorpusProgress(total, backend) if Console(stderr=True).is_terminal else ProgressLines(total)

    def run() -> CorpusReport:
        with progress:  # the bar ends before any hint is printed
            return run_corpus(files, backend, out, force=force, progress=progress, workers=chosen_workers,
                              fetch_timeout=fetch_timeout)  # fmt: skip

    report = keeping_finished_work(out, run)
    if report is None:
        return 130
    for line in report.lines(out):
        print(strip_controls(line), file=sys.stderr)
    return 1 if report.failed or report.partial else 0


# --- summarize --db -------------------------------------------------------------------------------


def open_database(db: Path) -> Store:
    from summarizer.data.db import Store

    return Store(db)


def run_info() -> RunInfo:
    """The run a summarize command makes: now, by this command."""
    from summarizer.data.rows import RunInfo
    from summarizer.data.sources import now_utc

    return RunInfo(date=now_utc(), source="summarize")


def import_run_file(out: Path, db: Path) -> None:
    """Import a corpus run's JSONL (records already there are left as they are)."""
    from summarizer.data.db import import_summaries
    from summarizer.data.sources import read_saved_run

    saved = read_saved_run(out)
    with open_database(db) as store:
        report = import_summaries(store, saved.summaries, saved.run)
    print(report.line(db, str(out)), file=sys.stderr)


def import_into_database(summaries: Sequence[ArticleSummary], db: Path, force: bool) -> None:
    from summarizer.data.db import import_summaries

    with open_database(db) as store:
        report = import_summaries(store, summaries, run_info(), replace=force)
    print(report.line(db), file=sys.stderr)


def keeping_finished_work(where: Path, run: Callable[[], ReportT]) -> ReportT | None:
    """`run()`, saying where finished work is kept when something stops the whole run: a failure (the
    endpoint went down, the key was rejected) gets the resume hint, Ctrl-C gives None after the hint.
    OutputBusy passes as it is: another run holds `where`, nothing was done."""
    hint = f"Every finished article is in {where}; run the same command again to resume."
    try:
        return run()
    except OutputBusy:
        raise
    except SummarizerError as exc:
        raise type(exc)(f"{exc}. {hint}") from exc
    except KeyboardInterrupt:
        print(f"Interrupted. {hint}", file=sys.stderr)
        return None


def run_into_database(
    inputs: Sequence[str],
    backend: Backend,
    db: Path,
    force: bool,
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT,
) -> int:
    """Summarize straight into a database, skipping articles it already holds from this configuration;
    each batch is committed as it finishes, so an interrupted run resumes where it stopped."""
    from summarizer.data.db import import_summaries
    from summarizer.extract.pipeline import summarize_documents
    from summarizer.extract.records import config_key

    documents, failures = load_documents(inputs, fetch_timeout)
    if not documents:
        raise InputError(
            failures[0] if len(failures) == 1 else f"no article could be read ({len(failures)} failed)"
        )
    statuses: list[str] = []
    with open_database(db) as store:
        key = config_key(backend.provenance())
        finished = set() if force else store.finished()
        todo = [document for document in documents if (document.sha256, key) not in finished]
        summaries = (note_status(summary, statuses) for summary in summarize_documents(todo, backend))
        report = keeping_finished_work(
            db, lambda: import_summaries(store, summaries, run_info(), replace=force)
        )
        if report is None:
            return 130
    for failure in failures:
        print(f"Error: {failure}", file=sys.stderr)
    skipped = len(documents) - len(todo)
    print(
        report.line(db) + (f" {skipped} article(s) skipped: done before." if skipped else ""), file=sys.stderr
    )
    return 1 if failures or any(status != "ok" for status in statuses) else 0


def note_status(summary: ArticleSummary, statuses: list[str]) -> ArticleSummary:
    statuses.append(summary.status)
    return summary
