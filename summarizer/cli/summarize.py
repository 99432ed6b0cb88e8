"""What the CLI commands do, kept out of cli.py so the command functions stay thin."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.config import Settings
from summarizer.errors import InputError, SummarizerError
from summarizer.extract import Backend
from summarizer.ingest.load import Document, expand_inputs, load_path
from summarizer.io import write_atomically
from summarizer.schema import ArticleSummary

if TYPE_CHECKING:
    from summarizer.data.db import Store
    from summarizer.data.rows import RunInfo

OUTPUT_FORMATS = ("rich", "json", "jsonl", "md")


def load_documents(inputs: Sequence[str]) -> tuple[list[Document], list[str]]:
    """Every document the inputs hold, and one-line messages for the inputs that failed."""
    documents: list[Document] = []
    failures: list[str] = []
    for path in expand_inputs(inputs):
        try:
            result = load_path(path, stdin=sys.stdin.buffer if path == "-" else None)
        except InputError as exc:
            failures.append(str(exc))
            continue
        documents.extend(result.documents)
        failures.extend(result.failures)
    return documents, failures


def run_summarize(
    inputs: Sequence[str],
    settings: Settings,
    output_format: str,
    out: Path | None,
    force: bool = False,
    db: Path | None = None,
) -> int:
    """Summarize the inputs and print or write them (and import them into a database); the exit code says
    whether anything failed."""
    if output_format not in OUTPUT_FORMATS:
        raise SummarizerError(
            f"unknown --format {output_format!r}: choose one of {', '.join(OUTPUT_FORMATS)}"
        )
    from summarizer.extract.pipeline import build_backend, summarize_documents

    if db is not None:
        open_database(db).close()  # a missing DuckDB or a bad file is an error before any work
    if out is not None and (output_format == "jsonl" or out.suffix == ".jsonl"):
        try:
            return run_corpus_command(inputs, build_backend(settings), out, force)
        finally:
            if db is not None and out.exists():
                import_run_file(out, db)
    if db is not None and out is None:
        return run_into_database(inputs, build_backend(settings), db, force)
    documents, failures = load_documents(inputs)
    if not documents:
        raise InputError(
            failures[0] if len(failures) == 1 else f"no article could be read ({len(failures)} failed)"
        )
    summaries = list(summarize_documents(documents, build_backend(settings)))
    emit(summaries, output_format, out)
    if db is not None:
        import_into_database(summaries, db, force)
    for failure in failures:
        print(f"Error: {failure}", file=sys.stderr)
    failed = failures or any(summary.status != "ok" for summary in summaries)
    return 1 if failed else 0


def emit(summaries: Sequence[ArticleSummary], output_format: str, out: Path | None) -> None:
    """Render summaries in the chosen format to a file (atomically) or stdout."""
    if output_format == "rich" and out is None:
        from rich.console import Console

        from summarizer.brief.terminal import render_terminal

        render_terminal(summaries, Console())
        return
    text = format_summaries(summaries, "md" if output_format == "rich" else output_format)
    if out is None:
        sys.stdout.write(text)
    else:
        write_atomically(out, text)


def format_summaries(summaries: Sequence[ArticleSummary], output_format: str) -> str:
    """Summaries as JSON (one object, or a list), JSON lines, or Markdown."""
    if output_format == "jsonl":
        return "".join(summary.model_dump_json() + "\n" for summary in summaries)
    if output_format == "json":
        if len(summaries) == 1:
            return summaries[0].model_dump_json(indent=2) + "\n"
        return "[\n" + ",\n".join(summary.model_dump_json(indent=2) for summary in summaries) + "\n]\n"
    from summarizer.brief.terminal import render_markdown

    return render_markdown(summaries)


def run_corpus_command(inputs: Sequence[str], backend: Backend, out: Path, force: bool) -> int:
    """A resumable corpus run into a JSON-lines file, with a progress bar when stderr is a terminal."""
    from rich.console import Console

    from summarizer.corpus import CorpusProgress, run_corpus
    from summarizer.ingest.load import count_articles

    expand_inputs(inputs)  # a missing input is an error before the run starts and writes anything
    report = None
    try:
        if Console(stderr=True).is_terminal:  # the total (JSONL lines counted) only for the bar
            with CorpusProgress(count_articles(inputs), backend) as progress:
                report = run_corpus(inputs, backend, out, force=force, progress=progress)
        else:
            report = run_corpus(inputs, backend, out, force=force)
    except SummarizerError as exc:
        # A failure that stops the whole run (endpoint down, key rejected): finished work is kept.
        raise type(exc)(
            f"{exc}. Every finished article is in {out}; run the same command again to resume."
        ) from exc
    except KeyboardInterrupt:
        print(f"Interrupted. Every finished article is in {out}; run the same command again to resume.",
              file=sys.stderr)  # fmt: skip
        return 130
    for line in report.lines(out):
        print(line, file=sys.stderr)
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


def run_into_database(inputs: Sequence[str], backend: Backend, db: Path, force: bool) -> int:
    """Summarize straight into a database, skipping articles it already holds from this configuration;
    each batch is committed as it finishes, so an interrupted run resumes where it stopped."""
    from summarizer.data.db import import_summaries
    from summarizer.extract.pipeline import config_key, summarize_documents

    documents, failures = load_documents(inputs)
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
        try:
            report = import_summaries(store, summaries, run_info(), replace=force)
        except SummarizerError as exc:  # the endpoint went down, the key was rejected: finished work is kept
            raise type(exc)(
                f"{exc}. Every finished article is in {db}; run the same command again to resume."
            ) from exc
        except KeyboardInterrupt:
            print(f"Interrupted. Every finished article is in {db}; run the same command again to resume.",
                  file=sys.stderr)  # fmt: skip
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
